import type { LocalizedText } from '@/schema/localized-text';
import type { ChoiceOption } from '../choice-options';
import './panel.messages';

/** The first `lua-chon-N` (from the new option's position on) that no option uses yet. */
export function unusedValue(options: readonly ChoiceOption[]): string {
  const used = new Set(options.map((option) => option.value));
  let number = options.length + 1;
  while (used.has(`lua-chon-${number}`)) number += 1;
  return `lua-chon-${number}`;
}

/** The options with a new one at the end: a unique value, and a label named after its position. */
export const addOption = (options: readonly ChoiceOption[], label: (number: number) => LocalizedText): ChoiceOption[] => [
  ...options,
  { value: unusedValue(options), label: label(options.length + 1) },
];

export const removeOption = (options: readonly ChoiceOption[], index: number): ChoiceOption[] =>
  options.filter((_, at) => at !== index);

/** The options with the one at `from` moved to `to` (both within the list). */
export function moveOption(options: readonly ChoiceOption[], from: number, to: number): ChoiceOption[] {
  const next = [...options];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

export const replaceOption = (options: readonly ChoiceOption[], index: number, option: ChoiceOption): ChoiceOption[] =>
  options.map((current, at) => (at === index ? option : current));

/** Why a typed value cannot stay (an i18n key), or undefined: values must be there and unique. */
export function valueProblem(options: readonly ChoiceOption[], index: number): string | undefined {
  const value = options[index]?.value.trim() ?? '';
  if (value === '') return 'common.panel.options.errors.emptyValue';
  const clash = options.some((option, at) => at !== index && option.value.trim() === value);
  return clash ? 'common.panel.options.errors.duplicateValue' : undefined;
}
