import type { BaseFieldConfig } from '@/schema/base-field';
import type { LocalizedText } from '@/schema/localized-text';

/** One option of a choice field, as far as the analyses need it. */
export interface FieldOption {
  value: string;
  label: Partial<LocalizedText> | undefined;
}

/**
 * The options of a field whose config lists them (radios, select, checkboxes, and any choice
 * type added later): read from the config's shape, not its type, so no type switch is needed.
 */
export function fieldOptions(field: BaseFieldConfig): FieldOption[] | undefined {
  const options = (field as { options?: unknown }).options;
  if (!Array.isArray(options)) return undefined;
  return options.flatMap((option: unknown) => {
    if (typeof option !== 'object' || option === null) return [];
    const { value, label } = option as { value?: unknown; label?: Partial<LocalizedText> };
    return typeof value === 'string' ? [{ value, label }] : [];
  });
}
