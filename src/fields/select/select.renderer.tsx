import type { FieldRendererProps } from '../field-definition';
import { ComboboxSelect } from './select.combobox';
import { nativeSelectLimit, type SelectConfig } from './select.config';
import { NativeSelect } from './select.native';

/** Short lists get the native drop-down; long ones (provinces, communes) a searchable list. */
export function SelectRenderer(props: FieldRendererProps<SelectConfig, string>) {
  return props.config.options.length <= nativeSelectLimit ? <NativeSelect {...props} /> : <ComboboxSelect {...props} />;
}
