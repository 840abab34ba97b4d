import type { FieldRendererProps } from '../field-definition';
import { TextInput } from '../shared/text-input';
import type { TaxCodeConfig } from './tax-code.config';

/** A text box for digits and the optional branch dash; spaces typed are dropped. */
export function TaxCodeRenderer(props: FieldRendererProps<TaxCodeConfig, string>) {
  const { onChange } = props;
  return (
    <TextInput {...props} onChange={(text) => onChange(text.replace(/\s+/g, ''))} width="20" inputMode="numeric" />
  );
}
