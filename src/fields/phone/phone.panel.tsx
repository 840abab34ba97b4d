import type { FieldPanelProps } from '../field-definition';
import { CheckboxControl } from '../shared/panel/checkbox-control';
import { usePanel } from '../shared/panel/use-panel';
import type { PhoneConfig } from './phone.config';
import { registerPanelMessages } from '../shared/panel/register-panel-messages';
import { phonePanelMessages } from './phone.panel.messages';

registerPanelMessages('phone', phonePanelMessages);

/** Whether fixed lines count as well as mobiles. */
export function PhonePanel(props: FieldPanelProps<PhoneConfig>) {
  const { bind } = usePanel('phone', props);
  return <CheckboxControl {...bind('allowLandline')} />;
}
