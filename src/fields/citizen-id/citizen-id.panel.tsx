import type { FieldPanelProps } from '../field-definition';
import { GroupFieldset } from '../shared/panel/group-fieldset';
import { OptionalTextControl } from '../shared/panel/optional-text-control';
import { TextControl } from '../shared/panel/text-control';
import { usePanel } from '../shared/panel/use-panel';
import type { CitizenIdConfig } from './citizen-id.config';
import { registerPanelMessages } from '../shared/panel/register-panel-messages';
import { citizenIdPanelMessages } from './citizen-id.panel.messages';

registerPanelMessages('citizen-id', citizenIdPanelMessages);

const sexes = ['male', 'female'] as const;

/** Which of the form's fields the number is checked against (birth year, sex digit). */
export function CitizenIdPanel(props: FieldPanelProps<CitizenIdConfig>) {
  const { t, set, bind, config } = usePanel('citizen-id', props);
  return (
    <>
      <OptionalTextControl {...bind('dateOfBirthField')} code />
      <OptionalTextControl {...bind('sexField')} code />
      <GroupFieldset label={t('citizen-id.panel.sexValues')}>
        {sexes.map((sex) => (
          <TextControl
            key={sex}
            label={t(`citizen-id.panel.${sex}`)}
            code
            value={config.sexValues[sex]}
            onChange={(text) => set({ sexValues: { ...config.sexValues, [sex]: text } })}
          />
        ))}
      </GroupFieldset>
    </>
  );
}
