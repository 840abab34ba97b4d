import type { FieldRendererProps } from '../field-definition';
import type { YesNoConfig } from './yes-no.config';

/** Two inline radios in the host's fieldset; a locked answer stays focusable but cannot change. */
export function YesNoRenderer({
  name, value, onChange, onBlur, inputId, readOnly, t,
}: FieldRendererProps<YesNoConfig, boolean | null>) {
  const choices = [
    { answer: true, id: inputId, label: t('yes-no.yes') },
    { answer: false, id: `${inputId}-no`, label: t('yes-no.no') },
  ];
  return (
    <div className="choices choices--inline">
      {choices.map((choice) => (
        <div className="choice" key={String(choice.answer)}>
          <input
            id={choice.id}
            name={name}
            type="radio"
            value={choice.answer ? 'yes' : 'no'}
            checked={value === choice.answer}
            onChange={() => {
              if (!readOnly) onChange(choice.answer);
            }}
            onBlur={onBlur}
            aria-disabled={readOnly || undefined}
          />
          <label htmlFor={choice.id}>{choice.label}</label>
        </div>
      ))}
    </div>
  );
}
