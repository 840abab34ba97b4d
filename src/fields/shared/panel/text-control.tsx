import { PanelField } from './panel-field';
import { TextBox, type TextBoxProps } from './text-box';

export interface TextControlProps extends Omit<TextBoxProps, 'id' | 'describedBy' | 'invalid'> {
  label: string;
  hint?: string | undefined;
  /** Already translated. */
  error?: string | undefined;
}

/** A labelled text box of a builder panel. */
export function TextControl({ label, hint, error, ...box }: TextControlProps) {
  return (
    <PanelField label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => <TextBox {...box} id={id} describedBy={describedBy} invalid={invalid} />}
    </PanelField>
  );
}
