import type { FieldRendererProps } from '../field-definition';
import { ChoiceList } from '../shared/choice-list';
import { toggleValue } from './checkboxes.answer';
import type { CheckboxesConfig } from './checkboxes.config';

export function CheckboxesRenderer({
  config, name, value, onChange, onBlur, inputId, readOnly, inputRef, locale,
}: FieldRendererProps<CheckboxesConfig, string[]>) {
  const values = value ?? [];
  return (
    <ChoiceList
      kind="checkbox"
      name={name}
      inputId={inputId}
      options={config.options}
      isChecked={(option) => values.includes(option)}
      onToggle={(option, checked) => onChange(toggleValue(config, values, option, checked))}
      onBlur={onBlur}
      readOnly={readOnly}
      inputRef={inputRef}
      locale={locale}
    />
  );
}
