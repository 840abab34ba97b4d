import type { FieldPanelProps } from '../field-definition';
import { CheckboxControl } from '../shared/panel/checkbox-control';
import { OptionsEditor } from '../shared/panel/options-editor';
import { usePanel } from '../shared/panel/use-panel';
import type { RadiosConfig } from './radios.config';
import { registerPanelMessages } from '../shared/panel/register-panel-messages';
import { radiosPanelMessages } from './radios.panel.messages';

registerPanelMessages('radios', radiosPanelMessages);

/** The options, and whether they sit side by side. */
export function RadiosPanel(props: FieldPanelProps<RadiosConfig>) {
  const { bind, locale } = usePanel('radios', props);
  const options = bind('options');
  return (
    <>
      <OptionsEditor options={options.value} onChange={options.onChange} locale={locale} />
      <CheckboxControl {...bind('inline')} />
    </>
  );
}
