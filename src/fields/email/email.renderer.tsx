import type { FieldRendererProps } from '../field-definition';
import type { EmailConfig } from './email.config';

/** `type="text"` with the email keyboard: keeps exactly what was typed (no browser trimming). */
export function EmailRenderer({
  name, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, inputRef,
}: FieldRendererProps<EmailConfig, string>) {
  return (
    <input
      ref={inputRef}
      id={inputId}
      name={name}
      type="text"
      inputMode="email"
      className={`input input--w30${invalid ? ' input--error' : ''}`}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      readOnly={readOnly}
      autoComplete="email"
      autoCapitalize="none"
      spellCheck={false}
    />
  );
}
