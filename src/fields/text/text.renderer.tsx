import type { FieldRendererProps } from '../field-definition';
import { TextInput } from '../shared/text-input';
import type { TextConfig } from './text.config';

export function TextRenderer(props: FieldRendererProps<TextConfig, string>) {
  const { config } = props;
  return <TextInput {...props} width={config.width} autoComplete={config.autocomplete} />;
}
