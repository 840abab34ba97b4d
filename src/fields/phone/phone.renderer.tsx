import type { FieldRendererProps } from '../field-definition';
import type { PhoneConfig } from './phone.config';

export function PhoneRenderer({
  name, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, inputRef,
}: FieldRendererProps<PhoneConfig, string>) {
  return (
    <input
      ref={inputRef}
      id={inputId}
      name={name}
      type="tel"
      inputMode="tel"
      className={`input input--w20${invalid ? ' input--error' : ''}`}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      readOnly={readOnly}
      autoComplete="tel"
      spellCheck={false}
    />
  );
}
