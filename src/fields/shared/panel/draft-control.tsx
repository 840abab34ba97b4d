import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@/schema/localized-text';
import { PanelField } from './panel-field';
import { useDraft, type Reading } from './use-draft';
import './panel.messages';

export interface DraftControlProps<T> {
  label: string;
  hint?: string | undefined;
  value: T;
  onChange(value: T): void;
  /** How the value reads in the box, and how the box's text reads as a value. */
  format(value: T): string;
  read(text: string): Reading<T>;
  locale: Locale;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  /** Narrow boxes for numbers and dates (GOV.UK fixed widths). */
  narrow?: boolean;
}

/**
 * A text box for a value that is not text (number, date, list). What cannot be read yet stays in
 * the box with a message and is not handed on, so the config never holds half a value.
 */
export function DraftControl<T>({ label, hint, value, onChange, format, read, locale, inputMode, narrow = false }: DraftControlProps<T>) {
  const { t } = useTranslation('fields', { lng: locale });
  const draft = useDraft(value, format, read, onChange);
  return (
    <PanelField label={label} hint={hint} error={draft.error ? t(draft.error) : undefined}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          className={`input${narrow ? ' input--w10' : ''}${invalid ? ' input--error' : ''}`}
          inputMode={inputMode}
          value={draft.text}
          onChange={(event) => draft.change(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          autoComplete="off"
          spellCheck={false}
        />
      )}
    </PanelField>
  );
}
