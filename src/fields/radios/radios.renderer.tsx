import type { FieldRendererProps } from '../field-definition';
import { ChoiceList } from '../shared/choice-list';
import type { RadiosConfig } from './radios.config';

export function RadiosRenderer({
  config, name, value, onChange, onBlur, inputId, readOnly, inputRef, locale,
}: FieldRendererProps<RadiosConfig, string>) {
  return (
    <ChoiceList
      kind="radio"
      name={name}
      inputId={inputId}
      options={config.options}
      isChecked={(option) => option === value}
      onToggle={(option) => onChange(option)}
      onBlur={onBlur}
      readOnly={readOnly}
      inputRef={inputRef}
      locale={locale}
      inline={config.inline}
    />
  );
}
