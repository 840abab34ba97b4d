import type { FieldRendererProps } from '../field-definition';
import { ChoiceList } from '../shared/choice-list';
import type { RadiosConfig } from './radios.config';

export function RadiosRenderer(props: FieldRendererProps<RadiosConfig, string>) {
  const { config, value, onChange } = props;
  return (
    <ChoiceList
      {...props}
      kind="radio"
      options={config.options}
      isChecked={(option) => option === value}
      onToggle={(option) => onChange(option)}
      inline={config.inline}
    />
  );
}
