import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface IdEditorProps {
  label: string;
  hint: string;
  value: string;
  /** The i18n key of why `text` cannot be the new id, or `undefined` when it can. */
  problem(text: string): string | undefined;
  onRename(id: string): void;
}

/**
 * An id (answer key, page address) changed as a whole on request, never letter by letter:
 * every keystroke would otherwise rename references through half-typed ids.
 */
export function IdEditor({ label, hint, value, problem, onRename }: IdEditorProps) {
  const { t } = useTranslation('builder');
  const id = useId();
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | undefined>();
  const rename = () => {
    if (text === value) return;
    const found = problem(text);
    setError(found);
    if (!found) onRename(text);
  };
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <div className="hint" id={`${id}-hint`}>
        {hint}
      </div>
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          {t(error)}
        </p>
      ) : null}
      <div className="builder-inline">
        <input
          id={id}
          className="input input--w20 builder-code"
          spellCheck={false}
          autoComplete="off"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(event) => setText(event.target.value.trim())}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            rename();
          }}
        />
        <button type="button" className="button button--secondary" disabled={text === value} onClick={rename}>
          {t('field.rename')}
        </button>
      </div>
    </div>
  );
}
