import type { FieldRendererProps } from '../field-definition';
import { TextInput } from '../shared/text-input';
import type { PhoneConfig } from './phone.config';

export function PhoneRenderer(props: FieldRendererProps<PhoneConfig, string>) {
  return <TextInput {...props} type="tel" width="20" inputMode="tel" autoComplete="tel" />;
}
