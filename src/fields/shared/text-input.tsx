import type { HTMLAttributes } from 'react';
import { inputWidthClass, type InputWidth } from './input-width';

/** Ids for `aria-describedby`, absent ones skipped; `undefined` when none is left. */
export const describedByIds = (...ids: readonly (string | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

export interface TextInputProps {
  /** From the field host, under the same names, so a renderer can spread its props. */
  name: string;
  inputId: string;
  describedBy: string | undefined;
  invalid: boolean;
  /** A locked pre-filled value: shown, focusable, not editable. */
  readOnly: boolean;
  /** The text in the box; `undefined` shows an empty box. */
  value: string | undefined;
  onChange(text: string): void;
  onBlur(): void;
  /** Ids of the renderer's own hints (an example, a unit), read after the host's hint and error. */
  describedByExtra?: readonly (string | undefined)[];
  width?: InputWidth;
  /** `tel` for phone numbers; anything else is a plain text box (no browser trimming or spinners). */
  type?: 'text' | 'tel';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string;
  autoCapitalize?: string;
}

/**
 * The one-line text box of the text-like field types: width class, error state, hint and error
 * ids, read-only for locked values, and no browser autocomplete or spell check unless asked.
 * Renderers pass the host's props through and add what their type changes (keyboard, width,
 * normalisation on change or blur).
 */
export function TextInput({
  name, inputId, describedBy, invalid, readOnly, value, onChange, onBlur,
  describedByExtra = [], width, type = 'text', inputMode, autoComplete = 'off', autoCapitalize,
}: TextInputProps) {
  return (
    <input
      id={inputId}
      name={name}
      type={type}
      inputMode={inputMode}
      className={`${inputWidthClass(width)}${invalid ? ' input--error' : ''}`}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      aria-describedby={describedByIds(describedBy, ...describedByExtra)}
      aria-invalid={invalid || undefined}
      readOnly={readOnly}
      autoComplete={autoComplete}
      autoCapitalize={autoCapitalize}
      spellCheck={false}
    />
  );
}
