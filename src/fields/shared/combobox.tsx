import { useCombobox } from 'downshift';
import { useMemo, useState, type RefCallback } from 'react';
import { normalizeForSearch } from '@/lib/search-text';

/** One choice; `search` is the folded text to match (label by default, e.g. also an English name). */
export interface ComboboxOption {
  value: string;
  label: string;
  search?: string;
}

export interface ComboboxProps {
  /** Id of the input; name it with a `<label for>` outside. */
  id: string;
  name: string;
  options: readonly ComboboxOption[];
  /** Chosen value, '' for none. */
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  invalid?: boolean;
  readOnly?: boolean;
  disabled?: boolean;
  describedBy?: string | undefined;
  inputRef?: RefCallback<HTMLElement>;
  /** Accessible name of the list of options (usually the label's text). */
  listLabel: string;
  /** Texts are passed in, so this widget stays free of any one type's messages. */
  noResultsText: string;
  truncatedText?(shown: number, total: number): string;
  /** Enough to scroll through; more is noise: the citizen types to narrow down. */
  maxShown?: number;
}

const { InputBlur, InputChange, ControlledPropUpdatedSelectedItem } = useCombobox.stateChangeTypes;

/** Every typed word must appear, in any order, ignoring case and diacritics ("ba dinh" → "Phường Ba Đình"). */
export function filterOptions<T extends ComboboxOption>(options: readonly T[], typed: string): readonly T[] {
  const words = normalizeForSearch(typed).split(' ').filter(Boolean);
  if (words.length === 0) return options;
  return options.filter((option) => {
    const text = option.search ?? normalizeForSearch(option.label);
    return words.every((word) => text.includes(word));
  });
}

/**
 * A searchable single choice (ARIA 1.2 combobox via downshift), shared by types with long lists
 * (provinces, communes). Controlled by `value`; leaving the box without choosing puts back the
 * chosen label; clearing the text clears the choice.
 */
export function Combobox({
  id, name, options, value, onChange, onBlur, invalid = false, readOnly = false, disabled = false, describedBy,
  inputRef, listLabel, noResultsText, truncatedText, maxShown = 100,
}: ComboboxProps) {
  const prepared = useMemo(() => options.map((option) => ({ ...option, search: option.search ?? normalizeForSearch(option.label) })), [options]);
  const selected = prepared.find((option) => option.value === value) ?? null;
  const selectedLabel = selected?.label ?? '';
  const [inputValue, setInputValue] = useState(selectedLabel);
  const [knownLabel, setKnownLabel] = useState(selectedLabel);
  if (selectedLabel !== knownLabel) {
    setKnownLabel(selectedLabel);
    setInputValue(selectedLabel);
  }
  // Showing the chosen label is not a search: opening the list then shows every option.
  const matches = useMemo(
    () => filterOptions(prepared, inputValue === selectedLabel ? '' : inputValue),
    [prepared, inputValue, selectedLabel],
  );
  const shown = matches.length > maxShown ? matches.slice(0, maxShown) : matches;
  const locked = readOnly || disabled;
  const { isOpen, highlightedIndex, getInputProps, getMenuProps, getItemProps } = useCombobox({
    items: [...shown],
    itemToString: (item) => item?.label ?? '',
    itemToKey: (item) => item?.value,
    selectedItem: selected,
    inputValue,
    inputId: id,
    labelId: `${id}-label`,
    menuId: `${id}-listbox`,
    onInputValueChange: ({ inputValue: typed, type }) => {
      setInputValue(typed);
      if (type === InputChange && typed.trim() === '' && value) onChange('');
    },
    onSelectedItemChange: ({ selectedItem }) => onChange(selectedItem?.value ?? ''),
    stateReducer: (state, { type, changes }) => {
      if (locked && type !== ControlledPropUpdatedSelectedItem) return { ...state, isOpen: false };
      if (type === InputBlur) return { ...changes, inputValue: changes.selectedItem?.label ?? '' };
      return changes;
    },
  });
  const status = !isOpen
    ? ''
    : shown.length === 0
      ? noResultsText
      : matches.length > shown.length && truncatedText
        ? truncatedText(shown.length, matches.length)
        : '';
  return (
    <div className="combobox">
      <input
        {...getInputProps({
          ref: inputRef,
          name,
          onBlur,
          // Kept in step within the keystroke: downshift reports the change after rendering, and a
          // box controlled one render late drops letters typed quickly.
          onChange: (event: React.ChangeEvent<HTMLInputElement>) => setInputValue(event.target.value),
          className: `input${invalid ? ' input--error' : ''}`,
          'aria-labelledby': undefined,
          'aria-describedby': describedBy,
          'aria-invalid': invalid || undefined,
          readOnly,
          disabled,
          spellCheck: false,
        })}
      />
      <div role="status" className={status ? 'combobox__empty' : undefined}>
        {status}
      </div>
      <ul {...getMenuProps({ 'aria-label': listLabel })} className="combobox__menu">
        {isOpen &&
          shown.map((option, index) => (
            <li
              key={option.value}
              className={`combobox__option${highlightedIndex === index ? ' combobox__option--highlighted' : ''}`}
              {...getItemProps({ item: option, index })}
            >
              {option.label}
            </li>
          ))}
      </ul>
    </div>
  );
}
