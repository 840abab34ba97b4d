import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldRendererProps } from '../field-definition';
import type { DateConfig } from './date.config';
import { dateAnswerFromText, displayDate, readDate } from './date.parse';

/**
 * One box for dd/mm/yyyy. The box keeps exactly what the citizen types while the answer becomes
 * ISO as soon as the text is a real date; a value set from outside (prefill, reset) is shown as
 * dd/mm/yyyy.
 */
export function DateRenderer({
  name, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, inputRef, locale,
}: FieldRendererProps<DateConfig, string>) {
  const { t } = useTranslation('fields', { lng: locale });
  const answer = value ?? '';
  const [text, setText] = useState(() => displayDate(answer));
  const [known, setKnown] = useState(answer);
  if (answer !== known) {
    setKnown(answer);
    if (answer !== dateAnswerFromText(text)) setText(displayDate(answer));
  }
  const exampleId = `${inputId}-example`;
  const handleChange = (typed: string) => {
    const next = dateAnswerFromText(typed);
    setText(typed);
    setKnown(next);
    onChange(next);
  };
  const handleBlur = () => {
    const reading = readDate(text);
    if (reading.kind === 'date') setText(displayDate(reading.iso));
    onBlur();
  };
  return (
    <>
      <div className="hint" id={exampleId}>
        {t('date.example')}
      </div>
      <input
        ref={inputRef}
        id={inputId}
        name={name}
        type="text"
        inputMode="numeric"
        className={`input input--w10${invalid ? ' input--error' : ''}`}
        value={text}
        onChange={(event) => handleChange(event.target.value)}
        onBlur={handleBlur}
        aria-describedby={[describedBy, exampleId].filter(Boolean).join(' ')}
        aria-invalid={invalid || undefined}
        readOnly={readOnly}
        autoComplete="off"
        spellCheck={false}
      />
    </>
  );
}
