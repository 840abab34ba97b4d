import { useId, type ReactNode } from 'react';
import { describedByIds } from '../text-input';
import './panel.messages';

export interface PanelFieldProps {
  label: string;
  hint?: string | undefined;
  /** Already translated. */
  error?: string | undefined;
  /** Draws the control with the id its label points at and the ids describing it. */
  children(control: { id: string; describedBy: string | undefined; invalid: boolean }): ReactNode;
}

/** One labelled control of a builder panel, with its hint and error in the GOV.UK form-group style. */
export function PanelField({ label, hint, error, children }: PanelFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="error-message" id={errorId}>
          {error}
        </p>
      ) : null}
      {children({ id, describedBy: describedByIds(hintId, errorId), invalid: Boolean(error) })}
    </div>
  );
}
