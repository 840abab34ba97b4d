import { useCombobox } from 'downshift';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldRendererProps } from '../field-definition';
import type { SelectConfig } from './select.config';
import { filterEntries, searchEntries, type SearchEntry } from './select.filter';

/** Enough to scroll through; more is noise (and slow): the citizen types to narrow down. */
const maxShown = 100;
const { InputBlur, InputChange, ControlledPropUpdatedSelectedItem } = useCombobox.stateChangeTypes;

/**
 * A searchable list (ARIA 1.2 combobox, via downshift) for long option lists. The host's
 * `<label for>` names the input; items exist in the DOM only while the list is open.
 */
export function ComboboxSelect({
  config, name, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, inputRef, locale, label,
}: FieldRendererProps<SelectConfig, string>) {
  const { t } = useTranslation('fields', { lng: locale });
  const entries = useMemo(() => searchEntries(config.options, locale), [config.options, locale]);
  const selected = entries.find((entry) => entry.value === value) ?? null;
  const selectedLabel = selected?.label ?? '';
  const [inputValue, setInputValue] = useState(selectedLabel);
  const [knownLabel, setKnownLabel] = useState(selectedLabel);
  if (selectedLabel !== knownLabel) {
    setKnownLabel(selectedLabel);
    setInputValue(selectedLabel);
  }
  // Showing the chosen label is not a search: opening the list then shows every option.
  const matches = useMemo(
    () => filterEntries(entries, inputValue === selectedLabel ? '' : inputValue),
    [entries, inputValue, selectedLabel],
  );
  const shown = matches.length > maxShown ? matches.slice(0, maxShown) : matches;
  const { isOpen, highlightedIndex, getInputProps, getMenuProps, getItemProps } = useCombobox<SearchEntry>({
    items: shown,
    itemToString: (item) => item?.label ?? '',
    itemToKey: (item) => item?.value,
    selectedItem: selected,
    inputValue,
    inputId,
    labelId: `${inputId}-label`,
    menuId: `${inputId}-listbox`,
    onInputValueChange: ({ inputValue: typed, type }) => {
      setInputValue(typed);
      if (type === InputChange && typed.trim() === '' && value) onChange('');
    },
    onSelectedItemChange: ({ selectedItem }) => onChange(selectedItem?.value ?? ''),
    stateReducer: (state, { type, changes }) => {
      if (readOnly && type !== ControlledPropUpdatedSelectedItem) return { ...state, isOpen: false };
      // Leaving the box without choosing puts back the chosen label (or nothing).
      if (type === InputBlur) return { ...changes, inputValue: changes.selectedItem?.label ?? '' };
      return changes;
    },
  });
  const status = !isOpen
    ? ''
    : shown.length === 0
      ? t('select.noResults')
      : matches.length > shown.length
        ? t('select.truncated', { shown: shown.length, total: matches.length })
        : '';
  return (
    <div className="combobox">
      <input
        {...getInputProps({
          ref: inputRef,
          name,
          onBlur,
          className: `input${invalid ? ' input--error' : ''}`,
          'aria-labelledby': undefined,
          'aria-describedby': describedBy,
          'aria-invalid': invalid || undefined,
          readOnly,
          spellCheck: false,
        })}
      />
      <div role="status" className={status ? 'combobox__empty' : undefined}>
        {status}
      </div>
      <ul {...getMenuProps({ 'aria-label': label })} className="combobox__menu">
        {isOpen &&
          shown.map((entry, index) => (
            <li
              key={entry.value}
              className={`combobox__option${highlightedIndex === index ? ' combobox__option--highlighted' : ''}`}
              {...getItemProps({ item: entry, index })}
            >
              {entry.label}
            </li>
          ))}
      </ul>
    </div>
  );
}
