import type { ReactNode } from 'react';
import type { FieldLayout } from '@/fields/field-definition';
import { errorId, hintId } from './dom-ids';
import { usePageText } from './page-text';

interface FieldFrameProps {
  layout: FieldLayout;
  path: string;
  inputId: string;
  label: string;
  hint: string | undefined;
  error: string | undefined;
  optional: boolean;
  describedBy: string | undefined;
  note?: ReactNode;
  /** `data-field` marks one answer-bearing field (the benchmark and tests count them). */
  answers: boolean;
  children: ReactNode;
}

/** The GOV.UK-style form group around a field: label or legend, hint, error, control. */
export function FieldFrame({
  layout, path, inputId, label, hint, error, optional, describedBy, note, answers, children,
}: FieldFrameProps) {
  const { t } = usePageText();
  const optionalMark = optional ? <span className="optional"> {t('fields:common.optional')}</span> : null;
  const hintBlock = hint ? <div className="hint" id={hintId(path)}>{hint}</div> : null;
  const errorBlock = error ? (
    <p className="error-message" id={errorId(path)} data-field-error="">
      <span className="visually-hidden">{t('renderer.errorPrefix')}</span> {error}
    </p>
  ) : null;
  const className = `form-group${error ? ' form-group--error' : ''}`;
  const marker = answers ? { 'data-field': path } : {};

  if (layout === 'fieldset') {
    return (
      <div className={className} {...marker}>
        <fieldset className="fieldset" aria-describedby={describedBy}>
          <legend className={answers ? 'legend' : 'legend legend--heading'}>
            {label}
            {optionalMark}
          </legend>
          {note}
          {hintBlock}
          {errorBlock}
          {children}
        </fieldset>
      </div>
    );
  }
  return (
    <div className={className} {...marker}>
      {layout === 'single' ? (
        <label className="label" htmlFor={inputId}>
          {label}
          {optionalMark}
        </label>
      ) : null}
      {note}
      {hintBlock}
      {errorBlock}
      {children}
    </div>
  );
}
