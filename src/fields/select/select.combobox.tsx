import { useMemo } from 'react';
import { localize } from '@/schema/localized-text';
import type { FieldRendererProps } from '../field-definition';
import { Combobox } from '../shared/combobox';
import type { SelectConfig } from './select.config';

/**
 * A searchable list (ARIA 1.2 combobox, shared with the address type) for long option lists:
 * named by the host's `<label for>`, items in the DOM only while the list is open.
 */
export function ComboboxSelect({
  config, name, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, locale, label, t,
}: FieldRendererProps<SelectConfig, string>) {
  const options = useMemo(
    () => config.options.map((option) => ({ value: option.value, label: localize(option.label, locale) })),
    [config.options, locale],
  );
  return (
    <Combobox
      id={inputId}
      name={name}
      options={options}
      value={value ?? ''}
      onChange={onChange}
      onBlur={onBlur}
      invalid={invalid}
      readOnly={readOnly}
      describedBy={describedBy}
      listLabel={label}
      noResultsText={t('select.noResults')}
      truncatedText={(shown, total) => t('select.truncated', { shown, total })}
    />
  );
}
