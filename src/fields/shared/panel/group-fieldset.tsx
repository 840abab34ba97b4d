import { useId, type ReactNode } from 'react';

export interface GroupFieldsetProps {
  label: string;
  hint?: string | undefined;
  children: ReactNode;
}

/** Controls that belong together (two languages, radios, ticks), named by a legend. */
export function GroupFieldset({ label, hint, children }: GroupFieldsetProps) {
  const hintId = useId();
  return (
    <fieldset className="fieldset form-group" aria-describedby={hint ? hintId : undefined}>
      <legend className="legend">{label}</legend>
      {hint ? (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {children}
    </fieldset>
  );
}
