import type { FieldPanelProps } from '../field-definition';
import { BoundsControls } from '../shared/panel/bounds-controls';
import { OptionsEditor } from '../shared/panel/options-editor';
import { usePanel } from '../shared/panel/use-panel';
import type { CheckboxesConfig } from './checkboxes.config';
import { registerPanelMessages } from '../shared/panel/register-panel-messages';
import { checkboxesPanelMessages } from './checkboxes.panel.messages';

registerPanelMessages('checkboxes', checkboxesPanelMessages);

/** The options, and how many of them may be ticked. */
export function CheckboxesPanel(props: FieldPanelProps<CheckboxesConfig>) {
  const { set, bindBounds, config, locale } = usePanel('checkboxes', props);
  return (
    <>
      {/* Removing an option must not leave fewer options than must be ticked. */}
      <OptionsEditor
        options={config.options}
        onChange={(options) => set({ options })}
        minOptions={Math.max(2, config.minSelected ?? 0)}
        locale={locale}
      />
      <BoundsControls {...bindBounds('minSelected', 'maxSelected')} />
    </>
  );
}
