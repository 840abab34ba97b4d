import type { FieldRendererProps } from '../field-definition';
import type { ConsentConfig } from './consent.config';

/**
 * One checkbox with its statement as the label (layout `self`). The host frame shows the hint
 * and the error above it and hands their ids in `describedBy`.
 */
export function ConsentRenderer({
  name, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, label,
}: FieldRendererProps<ConsentConfig, boolean>) {
  return (
    <div className="choice">
      <input
        id={inputId}
        name={name}
        type="checkbox"
        checked={value === true}
        onChange={(event) => {
          if (!readOnly) onChange(event.target.checked);
        }}
        onBlur={onBlur}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-readonly={readOnly || undefined}
      />
      <label htmlFor={inputId}>{label}</label>
    </div>
  );
}
