import type { FieldRendererProps } from '../field-definition';
import type { ConsentConfig } from './consent.config';

/** One checkbox with its statement as the label (layout `self`). */
export function ConsentRenderer({
  name, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, inputRef, label, hint,
}: FieldRendererProps<ConsentConfig, boolean>) {
  const hintId = `${inputId}-hint`;
  return (
    <div className="choice">
      <input
        ref={inputRef}
        id={inputId}
        name={name}
        type="checkbox"
        checked={value === true}
        onChange={(event) => {
          if (!readOnly) onChange(event.target.checked);
        }}
        onBlur={onBlur}
        aria-describedby={[describedBy, hint ? hintId : undefined].filter(Boolean).join(' ') || undefined}
        aria-invalid={invalid || undefined}
        aria-readonly={readOnly || undefined}
      />
      <div>
        <label htmlFor={inputId}>{label}</label>
        {hint && (
          <span className="choice__hint" id={hintId}>
            {hint}
          </span>
        )}
      </div>
    </div>
  );
}
