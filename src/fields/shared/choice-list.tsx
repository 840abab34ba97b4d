import { localize, type Locale } from '@/schema/localized-text';
import type { ChoiceOption } from './choice-options';

/** `name` to `locale` come from the field host under the same names: a renderer spreads its props. */
interface ChoiceListProps {
  kind: 'radio' | 'checkbox';
  name: string;
  /** The first control gets this id (the host's label and error link point at it). */
  inputId: string;
  options: readonly ChoiceOption[];
  isChecked(value: string): boolean;
  onToggle(value: string, checked: boolean): void;
  onBlur(): void;
  readOnly: boolean;
  locale: Locale;
  inline?: boolean;
}

/**
 * Radios or checkboxes with their labels and hints, inside the host's fieldset. Locked answers
 * stay focusable and readable; changes are ignored and the controls are marked as unavailable
 * (`aria-disabled`, since `readonly` does not exist for radios and checkboxes).
 */
export function ChoiceList({
  kind, name, inputId, options, isChecked, onToggle, onBlur, readOnly, locale, inline = false,
}: ChoiceListProps) {
  return (
    <div className={inline ? 'choices choices--inline' : 'choices'}>
      {options.map((option, index) => {
        const id = index === 0 ? inputId : `${inputId}-${index}`;
        const hintId = `${id}-hint`;
        return (
          <div className="choice" key={option.value}>
            <input
              id={id}
              name={name}
              type={kind}
              value={option.value}
              checked={isChecked(option.value)}
              onChange={(event) => {
                if (!readOnly) onToggle(option.value, event.target.checked);
              }}
              onBlur={onBlur}
              aria-describedby={option.hint ? hintId : undefined}
              aria-disabled={readOnly || undefined}
            />
            <div>
              <label htmlFor={id}>{localize(option.label, locale)}</label>
              {option.hint && (
                <span className="choice__hint" id={hintId}>
                  {localize(option.hint, locale)}
                </span>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
