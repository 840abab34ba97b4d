import type { FieldRendererProps } from '../field-definition';
import type { GroupConfig } from './group.config';

/**
 * The prefix the group itself sits under: `''` at the top level, `thanhVien.0.` inside an item of
 * a repeatable group. A plain group adds no level of its own, so its children share that prefix.
 */
export const parentPrefix = (name: string): string => name.slice(0, name.lastIndexOf('.') + 1);

/** The host draws the fieldset, legend and hint; the group only lays out its children. */
export function GroupRenderer({ config, name, renderFields }: FieldRendererProps<GroupConfig, undefined>) {
  return <>{renderFields(config.fields, parentPrefix(name))}</>;
}
