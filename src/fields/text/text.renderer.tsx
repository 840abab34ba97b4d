import type { FieldRendererProps } from '../field-definition';
import { inputWidthClass } from '../shared/input-width';
import type { TextConfig } from './text.config';

export function TextRenderer({
  config, name, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, inputRef,
}: FieldRendererProps<TextConfig, string>) {
  return (
    <input
      ref={inputRef}
      id={inputId}
      name={name}
      type="text"
      className={`${inputWidthClass(config.width)}${invalid ? ' input--error' : ''}`}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      readOnly={readOnly}
      autoComplete={config.autocomplete ?? 'off'}
      spellCheck={false}
    />
  );
}
