import { useId } from 'react';

export interface CheckboxControlProps {
  label: string;
  hint?: string | undefined;
  value: boolean;
  onChange(checked: boolean): void;
}

/** One yes/no property of a field, as a checkbox with its label beside it. */
export function CheckboxControl({ label, hint, value, onChange }: CheckboxControlProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="form-group">
      <div className="choice">
        <input
          id={id}
          type="checkbox"
          checked={value}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={hint ? hintId : undefined}
        />
        <div>
          <label htmlFor={id}>{label}</label>
          {hint ? (
            <span className="choice__hint" id={hintId}>
              {hint}
            </span>
          ) : null}
        </div>
      </div>
    </div>
  );
}
