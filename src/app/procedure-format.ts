import { useTranslation } from 'react-i18next';
import { formatVnd } from '@/lib/format-vnd';
import type { Procedure } from '@/schema/procedure';
import { useLocale } from '@/renderer/use-locale';

const unitKey = { 'working-day': 'procedure.workingDays', day: 'procedure.days', hour: 'procedure.hours' } as const;

/** Fee and processing time as citizens read them ("Miễn phí (0 đồng)", "3 ngày làm việc"). */
export function useProcedureFormat() {
  const { t } = useTranslation();
  const locale = useLocale();
  return {
    fee: (amount: number) => (amount === 0 ? t('procedure.free') : formatVnd(amount, locale)),
    time: (time: Procedure['processingTime']) => t(unitKey[time.unit], { count: time.value }),
  };
}
