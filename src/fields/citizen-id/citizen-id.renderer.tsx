import type { FieldRendererProps } from '../field-definition';
import { compactCitizenId } from '../shared/citizen-id-number';
import { inputWidthClass } from '../shared/input-width';
import type { CitizenIdConfig } from './citizen-id.config';

/** A numeric text box (not `type=number`: leading zeros matter); spaces typed are dropped. */
export function CitizenIdRenderer({
  name, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, inputRef,
}: FieldRendererProps<CitizenIdConfig, string>) {
  return (
    <input
      ref={inputRef}
      id={inputId}
      name={name}
      type="text"
      inputMode="numeric"
      className={`${inputWidthClass('20')}${invalid ? ' input--error' : ''}`}
      value={value ?? ''}
      onChange={(event) => onChange(compactCitizenId(event.target.value))}
      onBlur={onBlur}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      readOnly={readOnly}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
