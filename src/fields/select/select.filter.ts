import { localize, type Locale } from '@/schema/localized-text';
import type { ChoiceOption } from '../shared/choice-options';
import { normalizeForSearch } from '../shared/search-text';

/** An option ready for searching: its label in the current language, folded once. */
export interface SearchEntry {
  value: string;
  label: string;
  search: string;
}

export const searchEntries = (options: readonly ChoiceOption[], locale: Locale): SearchEntry[] =>
  options.map((option) => {
    const label = localize(option.label, locale);
    return { value: option.value, label, search: normalizeForSearch(label) };
  });

/** Options whose label contains the typed text, ignoring case and diacritics ("ha noi" → "Hà Nội"). */
export function filterEntries(entries: SearchEntry[], typed: string): SearchEntry[] {
  const query = normalizeForSearch(typed);
  return query === '' ? entries : entries.filter((entry) => entry.search.includes(query));
}
