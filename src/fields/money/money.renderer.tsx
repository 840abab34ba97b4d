import { useTranslation } from 'react-i18next';
import type { FieldRendererProps } from '../field-definition';
import { inputWidthClass } from '../shared/input-width';
import type { MoneyConfig } from './money.config';
import { groupMoney, parseMoney } from './money.parse';

/** Typed freely; on leaving the box a readable amount is regrouped ("1500000" → "1.500.000"). */
export function MoneyRenderer({
  config, name, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, inputRef, locale,
}: FieldRendererProps<MoneyConfig, string>) {
  const { t } = useTranslation('fields', { lng: locale });
  const unitId = `${inputId}-unit`;
  const handleBlur = () => {
    const amount = readOnly ? undefined : parseMoney(value ?? '');
    if (amount !== undefined && groupMoney(amount, locale) !== value) onChange(groupMoney(amount, locale));
    onBlur();
  };
  return (
    <div className="input-wrapper">
      <input
        ref={inputRef}
        id={inputId}
        name={name}
        type="text"
        inputMode="numeric"
        className={`${inputWidthClass(config.width)}${invalid ? ' input--error' : ''}`}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value)}
        onBlur={handleBlur}
        aria-describedby={[describedBy, unitId].filter(Boolean).join(' ')}
        aria-invalid={invalid || undefined}
        readOnly={readOnly}
        autoComplete="off"
        spellCheck={false}
      />
      <div className="input-suffix" id={unitId}>
        {t('money.unit')}
      </div>
    </div>
  );
}
