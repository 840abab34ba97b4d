import type { FieldPanelProps } from '../field-definition';
import { CheckboxControl } from '../shared/panel/checkbox-control';
import { usePanel } from '../shared/panel/use-panel';
import type { TaxCodeConfig } from './tax-code.config';
import { registerPanelMessages } from '../shared/panel/register-panel-messages';
import { taxCodePanelMessages } from './tax-code.panel.messages';

registerPanelMessages('tax-code', taxCodePanelMessages);

/** Whether individuals' 12-digit numbers count as well as organisations' codes. */
export function TaxCodePanel(props: FieldPanelProps<TaxCodeConfig>) {
  const { bind } = usePanel('tax-code', props);
  return <CheckboxControl {...bind('allowIndividual12')} />;
}
