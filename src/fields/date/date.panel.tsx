import type { Locale } from '@/schema/localized-text';
import type { FieldPanelProps } from '../field-definition';
import { BoundsControls } from '../shared/panel/bounds-controls';
import { DraftControl } from '../shared/panel/draft-control';
import { RadioGroupControl } from '../shared/panel/radio-group-control';
import { usePanel } from '../shared/panel/use-panel';
import type { Reading } from '../shared/panel/use-draft';
import type { DateConfig } from './date.config';
import { displayDate, readDate } from './date.parse';
import { datePeriodFlags, datePeriodOf, datePeriods } from './date.period';
import { registerPanelMessages } from '../shared/panel/register-panel-messages';
import { datePanelMessages } from './date.panel.messages';

registerPanelMessages('date', datePanelMessages);

/** Typed as citizens type dates (dd/mm/yyyy), stored as ISO; an empty box removes the limit. */
function readLimit(text: string): Reading<string | undefined> {
  const reading = readDate(text);
  if (reading.kind === 'empty') return { value: undefined };
  return reading.kind === 'date' ? { value: reading.iso } : { error: 'date.panel.errors.date' };
}

interface LimitProps {
  label: string;
  hint: string | undefined;
  value: string | undefined;
  onChange(value: string | undefined): void;
  locale: Locale;
}

function DateLimitControl({ label, hint, value, onChange, locale }: LimitProps) {
  return (
    <DraftControl
      label={label}
      hint={hint}
      value={value}
      onChange={onChange}
      format={(iso) => displayDate(iso ?? '')}
      read={readLimit}
      inputMode="numeric"
      narrow
      locale={locale}
    />
  );
}

/** Earliest and latest dates, past or future only, and age limits for a date of birth. */
export function DatePanel(props: FieldPanelProps<DateConfig>) {
  const { t, set, bind, bindBounds, config, locale } = usePanel('date', props);
  return (
    <>
      <DateLimitControl {...bind('min')} locale={locale} />
      <DateLimitControl {...bind('max')} locale={locale} />
      <RadioGroupControl
        label={t('date.panel.period')}
        value={datePeriodOf(config)}
        options={datePeriods.map((period) => ({ value: period, label: t(`date.panel.periods.${period}`) }))}
        onChange={(period) => set(datePeriodFlags(period))}
      />
      <BoundsControls {...bindBounds('minAgeYears', 'maxAgeYears')} />
    </>
  );
}
