import { useState } from 'react';
import type { FieldRendererProps } from '../field-definition';
import { TextInput } from '../shared/text-input';
import type { DateConfig } from './date.config';
import { dateAnswerFromText, displayDate, readDate } from './date.parse';

/**
 * One box for dd/mm/yyyy. The box keeps exactly what the citizen types while the answer becomes
 * ISO as soon as the text is a real date; a value set from outside (prefill, reset) is shown as
 * dd/mm/yyyy.
 */
export function DateRenderer(props: FieldRendererProps<DateConfig, string>) {
  const { value, onChange, onBlur, inputId, t } = props;
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
      <TextInput
        {...props}
        value={text}
        onChange={handleChange}
        onBlur={handleBlur}
        describedByExtra={[exampleId]}
        width="10"
        inputMode="numeric"
      />
    </>
  );
}
