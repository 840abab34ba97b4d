import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
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
  /** Accessible name of the list of options (usually the label's text). */
  listLabel: string;
  /** Texts are passed in, so this widget stays free of any one type's messages. */
  noResultsText: string;
  truncatedText?(shown: number, total: number): string;
  /** Enough to scroll through; more is noise: the citizen types to narrow down. */
  maxShown?: number;
}

/** Every typed word must appear, in any order, ignoring case and diacritics ("ba dinh" → "Phường Ba Đình"). */
export function filterOptions<T extends ComboboxOption>(options: readonly T[], typed: string): readonly T[] {
  const words = normalizeForSearch(typed).split(' ').filter(Boolean);
  if (words.length === 0) return options;
  return options.filter((option) => {
    const text = option.search ?? normalizeForSearch(option.label);
    return words.every((word) => text.includes(word));
  });
}

const optionId = (id: string, index: number) => `${id}-option-${index}`;

/**
 * A searchable single choice, shared by types with long lists (provinces, communes): the ARIA 1.2
 * editable combobox with list autocomplete and manual selection (WAI-ARIA APG). Controlled by
 * `value`; leaving the box without choosing puts back the chosen label; clearing the text clears
 * the choice; options are in the DOM only while the list is open.
 *
 * Written here rather than taken from downshift: a long form has hundreds of these, and a closed
 * one now costs eight hooks and no library code (downshift was 11 KB gzip of the citizen's entry
 * and some fifty hooks per box, mounted for every box on the page).
 */
export function Combobox({
  id, name, options, value, onChange, onBlur, invalid = false, readOnly = false, disabled = false, describedBy,
  listLabel, noResultsText, truncatedText, maxShown = 100,
}: ComboboxProps) {
  const selectedLabel = options.find((option) => option.value === value)?.label ?? '';
  const [inputValue, setInputValue] = useState(selectedLabel);
  const [knownLabel, setKnownLabel] = useState(selectedLabel);
  const [open, setOpen] = useState(false);
  const [highlighted, setHighlighted] = useState(-1);
  const scrollTo = useRef(false);
  if (selectedLabel !== knownLabel) {
    setKnownLabel(selectedLabel);
    setInputValue(selectedLabel);
  }
  const locked = readOnly || disabled;
  const isOpen = open && !locked;

  // Folded once per list, and only once the list is used.
  const prepared = useMemo(
    () => (isOpen ? options.map((option) => ({ ...option, search: option.search ?? normalizeForSearch(option.label) })) : []),
    [options, isOpen],
  );
  // Showing the chosen label is not a search: opening the list then shows every option.
  const matches = useMemo(
    () => filterOptions(prepared, inputValue === selectedLabel ? '' : inputValue),
    [prepared, inputValue, selectedLabel],
  );
  const shown = matches.length > maxShown ? matches.slice(0, maxShown) : matches;

  useEffect(() => {
    if (!scrollTo.current || highlighted < 0) return;
    scrollTo.current = false;
    document.getElementById(optionId(id, highlighted))?.scrollIntoView({ block: 'nearest' });
  }, [highlighted, id]);

  const openAt = (index: number) => {
    setOpen(true);
    setHighlighted(index);
    scrollTo.current = true;
  };
  const close = () => {
    setOpen(false);
    setHighlighted(-1);
  };
  const choose = (option: ComboboxOption) => {
    setInputValue(option.label);
    close();
    if (option.value !== value) onChange(option.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (locked) return;
    const count = shown.length;
    const selectedIndex = shown.findIndex((option) => option.value === value);
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!isOpen) openAt(selectedIndex >= 0 ? selectedIndex : 0);
        else if (count > 0) openAt((highlighted + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!isOpen) openAt(selectedIndex >= 0 ? selectedIndex : options.length > 0 ? Math.min(options.length, maxShown) - 1 : -1);
        else if (count > 0) openAt(highlighted <= 0 ? count - 1 : highlighted - 1);
        break;
      case 'Enter': {
        const option = isOpen ? shown[highlighted] : undefined;
        if (!option) return; // closed or nothing highlighted: Enter submits the form as usual
        event.preventDefault();
        choose(option);
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (isOpen) close();
        else {
          setInputValue('');
          if (value) onChange('');
        }
        break;
      default:
    }
  };

  const status = !isOpen
    ? ''
    : shown.length === 0
      ? noResultsText
      : matches.length > shown.length && truncatedText
        ? truncatedText(shown.length, matches.length)
        : '';
  const listId = `${id}-listbox`;
  return (
    <div className="combobox">
      <input
        id={id}
        name={name}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-activedescendant={isOpen && highlighted >= 0 ? optionId(id, highlighted) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        spellCheck={false}
        className={`input${invalid ? ' input--error' : ''}`}
        value={inputValue}
        readOnly={readOnly}
        disabled={disabled}
        onChange={(event) => {
          const typed = event.target.value;
          setInputValue(typed);
          setOpen(true);
          setHighlighted(-1);
          if (typed.trim() === '' && value) onChange('');
        }}
        onClick={() => {
          if (locked) return;
          if (isOpen) close();
          else setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          close();
          setInputValue(selectedLabel);
          onBlur?.();
        }}
      />
      <div role="status" className={status ? 'combobox__empty' : undefined}>
        {status}
      </div>
      <ul id={listId} role="listbox" aria-label={listLabel} className="combobox__menu">
        {isOpen &&
          shown.map((option, index) => (
            // Keys reach the options through the box (aria-activedescendant), as the pattern says.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={option.value}
              id={optionId(id, index)}
              role="option"
              aria-selected={option.value === value}
              className={`combobox__option${highlighted === index ? ' combobox__option--highlighted' : ''}`}
              // Keeps the focus in the box, so choosing does not count as leaving it.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => {
                if (highlighted !== index) setHighlighted(index);
              }}
              onClick={() => choose(option)}
            >
              {option.label}
            </li>
          ))}
      </ul>
    </div>
  );
}
