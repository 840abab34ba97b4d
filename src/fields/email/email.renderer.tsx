import type { FieldRendererProps } from '../field-definition';
import { TextInput } from '../shared/text-input';
import type { EmailConfig } from './email.config';

/** `type="text"` with the email keyboard: keeps exactly what was typed (no browser trimming). */
export function EmailRenderer(props: FieldRendererProps<EmailConfig, string>) {
  return <TextInput {...props} width="30" inputMode="email" autoComplete="email" autoCapitalize="none" />;
}
