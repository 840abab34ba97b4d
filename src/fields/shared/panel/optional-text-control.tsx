import { TextControl, type TextControlProps } from './text-control';

export interface OptionalTextControlProps extends Omit<TextControlProps, 'value' | 'onChange'> {
  value: string | undefined;
  onChange(text: string | undefined): void;
}

/** A text property the config may leave out: an emptied box removes it rather than storing ''. */
export function OptionalTextControl({ onChange, ...props }: OptionalTextControlProps) {
  return <TextControl {...props} onChange={(text) => onChange(text === '' ? undefined : text)} />;
}
