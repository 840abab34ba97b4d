import { useState } from 'react';

/** What a draft's text means: a value to hand on, or the i18n key of why it is not one yet. */
export type Reading<T> = { value: T } | { error: string };

/**
 * The text of a box whose config value is not a string (a number, a date, a list). The box keeps
 * exactly what the author types, even when it is not a value yet ("-", "12/0"); only text that
 * reads as a value is handed on. A value changed from outside (undo) replaces the text.
 */
export function useDraft<T>(value: T, format: (value: T) => string, read: (text: string) => Reading<T>, onChange: (value: T) => void) {
  const [text, setText] = useState(() => format(value));
  const [known, setKnown] = useState(value);
  if (format(value) !== format(known)) {
    setKnown(value);
    const reading = read(text);
    if (!('value' in reading) || format(reading.value) !== format(value)) setText(format(value));
  }
  const reading = read(text);
  const change = (typed: string) => {
    setText(typed);
    const next = read(typed);
    if ('value' in next) {
      setKnown(next.value);
      onChange(next.value);
    }
  };
  return { text, change, error: 'error' in reading ? reading.error : undefined };
}
