import type { FieldRendererProps } from '../field-definition';
import { TextInput } from '../shared/text-input';
import type { MoneyConfig } from './money.config';
import { groupMoney, parseMoney } from './money.parse';

/** Typed freely; on leaving the box a readable amount is regrouped ("1500000" → "1.500.000"). */
export function MoneyRenderer(props: FieldRendererProps<MoneyConfig, string>) {
  const { config, value, onChange, onBlur, inputId, readOnly, locale, t } = props;
  const unitId = `${inputId}-unit`;
  const handleBlur = () => {
    const amount = readOnly ? undefined : parseMoney(value ?? '');
    if (amount !== undefined && groupMoney(amount, locale) !== value) onChange(groupMoney(amount, locale));
    onBlur();
  };
  return (
    <div className="input-wrapper">
      <TextInput
        {...props}
        onBlur={handleBlur}
        describedByExtra={[unitId]}
        width={config.width}
        inputMode="numeric"
      />
      <div className="input-suffix" id={unitId}>
        {t('money.unit')}
      </div>
    </div>
  );
}
