import type { FieldPanelProps } from '../field-definition';
import { OptionsEditor } from '../shared/panel/options-editor';
import type { SelectConfig } from './select.config';

/** The options of a drop-down (beyond ten, citizens get a searchable list). */
export function SelectPanel({ config, onChange, locale }: FieldPanelProps<SelectConfig>) {
  return <OptionsEditor options={config.options} onChange={(options) => onChange({ ...config, options })} locale={locale} />;
}
