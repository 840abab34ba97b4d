import type { FieldPanelProps } from '../field-definition';
import { CheckboxControl } from '../shared/panel/checkbox-control';
import { usePanel } from '../shared/panel/use-panel';
import type { AddressConfig } from './address.config';
import { registerPanelMessages } from '../shared/panel/register-panel-messages';
import { addressPanelMessages } from './address.panel.messages';

registerPanelMessages('address', addressPanelMessages);

/** Whether the street line is asked for, or only the province and commune. */
export function AddressPanel(props: FieldPanelProps<AddressConfig>) {
  const { bind } = usePanel('address', props);
  return <CheckboxControl {...bind('requireStreet')} />;
}
