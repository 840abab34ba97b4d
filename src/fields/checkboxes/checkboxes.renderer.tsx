import type { FieldRendererProps } from '../field-definition';
import { ChoiceList } from '../shared/choice-list';
import { toggleValue } from './checkboxes.answer';
import type { CheckboxesConfig } from './checkboxes.config';

export function CheckboxesRenderer(props: FieldRendererProps<CheckboxesConfig, string[]>) {
  const { config, value, onChange } = props;
  const values = value ?? [];
  return (
    <ChoiceList
      {...props}
      kind="checkbox"
      options={config.options}
      isChecked={(option) => values.includes(option)}
      onToggle={(option, checked) => onChange(toggleValue(config, values, option, checked))}
    />
  );
}
