import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inputId } from './dom-ids';

export interface SummaryError {
  path: string;
  text: string;
}

interface ErrorSummaryProps {
  errors: readonly SummaryError[];
  /** Changes on each failed attempt to continue, moving focus to the summary again. */
  focusToken: number;
}

/** Moves focus to a field's control (or the first control inside it) and shows its label. */
function focusField(path: string) {
  const target =
    document.getElementById(inputId(path)) ??
    document.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"] :is(input, select, textarea, button)`);
  if (!target) return;
  target.focus({ preventScroll: true });
  (target.closest('.form-group') ?? target).scrollIntoView({ block: 'start' });
}

/** GOV.UK error summary: a list of what to fix, each linking to the field, focused on arrival. */
export function ErrorSummary({ errors, focusToken }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;
  useEffect(() => {
    if (hasErrors && focusToken > 0) ref.current?.focus();
  }, [focusToken, hasErrors]);
  if (!hasErrors) return null;
  const onClick = (event: MouseEvent<HTMLAnchorElement>, path: string) => {
    event.preventDefault();
    focusField(path);
  };
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 className="error-summary__title" id="error-summary-title">
          {t('renderer.errorSummaryTitle')}
        </h2>
        <ul>
          {errors.map((error) => (
            <li key={error.path}>
              <a href={`#${inputId(error.path)}`} onClick={(event) => onClick(event, error.path)}>
                {error.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
