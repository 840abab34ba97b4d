import { useTranslation } from 'react-i18next';
import type { AnswerOrigin } from '@/lib/api-contract/dossiers';
import type { BaseFieldConfig } from '@/schema/base-field';
import { localize } from '@/schema/localized-text';
import { useFormatContext } from '@/renderer/answer-summary';
import { useLocale } from '@/renderer/use-locale';
import { sourceName as sourceNameOf } from '../catalog/directory';

/** Under an answer on check-your-answers and the receipt: which database it came from. */
export function OriginNote({ field, origin }: { field: BaseFieldConfig; origin: AnswerOrigin | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormatContext();
  if (!origin || origin.kind === 'typed') return null;
  const name = sourceNameOf(origin.source);
  const sourceName = name ? localize(name, locale) : origin.source;
  const text =
    origin.kind === 'prefilled'
      ? t('prefill.origin.prefilled', { source: sourceName })
      : t('prefill.origin.overridden', {
          source: sourceName,
          original: format.formatField(field, origin.original) || t('prefill.emptyOriginal'),
        });
  return (
    <div className="hint">
      {text}
    </div>
  );
}
