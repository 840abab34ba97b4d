import type { FieldRendererProps } from '../field-definition';
import { inputWidthClass } from '../shared/input-width';
import type { TaxCodeConfig } from './tax-code.config';

/** A text box for digits and the optional branch dash; spaces typed are dropped. */
export function TaxCodeRenderer({
  name, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, inputRef,
}: FieldRendererProps<TaxCodeConfig, string>) {
  return (
    <input
      ref={inputRef}
      id={inputId}
      name={name}
      type="text"
      inputMode="numeric"
      className={`${inputWidthClass('20')}${invalid ? ' input--error' : ''}`}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value.replace(/\s+/g, ''))}
      onBlur={onBlur}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      readOnly={readOnly}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
