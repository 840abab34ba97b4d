import type { FieldRendererProps } from '../field-definition';
import { localize } from '@/schema/localized-text';
import { inputWidthClass } from '../shared/input-width';
import type { NumberConfig } from './number.config';

export function NumberRenderer({
  config, name, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, inputRef, locale,
}: FieldRendererProps<NumberConfig, string>) {
  const unitId = `${inputId}-unit`;
  const input = (
    <input
      ref={inputRef}
      id={inputId}
      name={name}
      type="text"
      inputMode={config.decimals > 0 ? 'decimal' : 'numeric'}
      className={`${inputWidthClass(config.width)}${invalid ? ' input--error' : ''}`}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      aria-describedby={[describedBy, config.unit ? unitId : undefined].filter(Boolean).join(' ') || undefined}
      aria-invalid={invalid || undefined}
      readOnly={readOnly}
      autoComplete="off"
      spellCheck={false}
    />
  );
  if (!config.unit) return input;
  return (
    <div className="input-wrapper">
      {input}
      <div className="input-suffix" id={unitId}>
        {localize(config.unit, locale)}
      </div>
    </div>
  );
}
