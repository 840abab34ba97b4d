import { useId } from 'react';
import { GroupFieldset } from './group-fieldset';

export interface RadioGroupControlProps<T extends string> {
  label: string;
  hint?: string | undefined;
  value: T;
  options: readonly { value: T; label: string; hint?: string }[];
  onChange(value: T): void;
}

/** One of a few values that each need a word of explanation, as radios in a fieldset. */
export function RadioGroupControl<T extends string>({ label, hint, value, options, onChange }: RadioGroupControlProps<T>) {
  const name = useId();
  return (
    <GroupFieldset label={label} hint={hint}>
      <div className="choices">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div className="choice" key={option.value}>
              <input
                id={id}
                type="radio"
                name={name}
                value={option.value}
                checked={option.value === value}
                onChange={() => onChange(option.value)}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
              />
              <div>
                <label htmlFor={id}>{option.label}</label>
                {option.hint ? (
                  <span className="choice__hint" id={`${id}-hint`}>
                    {option.hint}
                  </span>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </GroupFieldset>
  );
}
