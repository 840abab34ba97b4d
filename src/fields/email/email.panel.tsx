import type { FieldPanelProps } from '../field-definition';
import { NumberControl } from '../shared/panel/number-control';
import { usePanel } from '../shared/panel/use-panel';
import type { EmailConfig } from './email.config';
import { registerPanelMessages } from '../shared/panel/register-panel-messages';
import { emailPanelMessages } from './email.panel.messages';

registerPanelMessages('email', emailPanelMessages);

/** The longest address accepted (mail systems deliver to at most 254 characters). */
export function EmailPanel(props: FieldPanelProps<EmailConfig>) {
  const { bind, locale } = usePanel('email', props);
  return <NumberControl {...bind('maxLength')} locale={locale} />;
}
