import { z } from '@/lib/zod';
import { localize, localizedTextSchema, type Locale } from '@/schema/localized-text';
import { normalizeForSearch } from '@/lib/search-text';

/** One answer a citizen can pick. `value` is what the submission stores; never shown. */
export const choiceOptionSchema = z.object({
  value: z.string().check(z.trim(), z.minLength(1, { error: 'An option needs a value' })),
  label: localizedTextSchema,
  hint: z.optional(localizedTextSchema),
});
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

/** At least two options (one is not a choice), values unique (answers must be unambiguous). */
const checkedOptionsSchema = z.array(choiceOptionSchema).check(
  z.minLength(2, { error: 'A choice needs at least two options' }),
  z.superRefine((options, ctx) => {
    const seen = new Set<string>();
    options.forEach((option, index) => {
      if (seen.has(option.value)) {
        ctx.addIssue({ code: 'custom', path: [index, 'value'], message: `Duplicate option value "${option.value}"` });
      }
      seen.add(option.value);
    });
  }),
);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCleanText = (text: unknown): boolean => typeof text === 'string' && text !== '' && text.trim() === text;
const hasOnly = (record: Record<string, unknown>, keys: readonly string[]): boolean => {
  for (const key in record) if (!keys.includes(key)) return false;
  return true;
};
const isCleanLocalized = (text: unknown): boolean =>
  isRecord(text) && hasOnly(text, ['vi', 'en']) && isCleanText(text.vi) && (text.en === undefined || typeof text.en === 'string');

/**
 * True when zod would hand the list back unchanged: at least two options, values unique, every
 * text already trimmed, no key zod would strip. Only then is the check skipped.
 */
function isCleanOptionList(value: unknown): boolean {
  if (!Array.isArray(value) || value.length < 2) return false;
  const seen = new Set<string>();
  for (const option of value as unknown[]) {
    if (!isRecord(option) || !hasOnly(option, ['value', 'label', 'hint'])) return false;
    if (!isCleanText(option.value) || seen.has(option.value as string)) return false;
    if (!isCleanLocalized(option.label) || (option.hint !== undefined && !isCleanLocalized(option.hint))) return false;
    seen.add(option.value as string);
  }
  return true;
}

/**
 * The option lists of a form, checked by hand first: a province list has 34 options, a nationality
 * list over 200, and zod (run without code generation under our content security policy) takes
 * most of a long form's schema check on them. A list that is not clean goes through zod, which
 * reports what is wrong with it. The schema stays zod's, so the OpenAPI and JSON Schema output is
 * the same; the hand check wraps `_zod.run`, zod core's entry to a schema's check (typed, so a
 * zod that renames it fails the type check, and `choice-options.test.ts` covers both paths).
 */
export const choiceOptionsSchema = checkedOptionsSchema;
const checkWithZod = checkedOptionsSchema._zod.run;
checkedOptionsSchema._zod.run = (payload, context) => (isCleanOptionList(payload.value) ? payload : checkWithZod(payload, context));

/** The two placeholder options of a choice field dropped from the palette (a fresh copy each time). */
export const starterOptions = (): ChoiceOption[] => [
  { value: 'lua-chon-1', label: { vi: 'Lựa chọn 1', en: 'Option 1' } },
  { value: 'lua-chon-2', label: { vi: 'Lựa chọn 2', en: 'Option 2' } },
];

export const findOption = (options: readonly ChoiceOption[], value: string): ChoiceOption | undefined =>
  options.find((option) => option.value === value);

export const isOptionValue = (options: readonly ChoiceOption[], value: string): boolean =>
  findOption(options, value) !== undefined;

/** The localised label of the option with this value, or '' when there is none. */
export const optionLabel = (options: readonly ChoiceOption[], value: string, locale: Locale): string => {
  const option = findOption(options, value);
  return option ? localize(option.label, locale) : '';
};

/**
 * Turns a data-source value into an option value: the value itself, or the option whose label
 * reads the same ignoring case and diacritics (registries often hand back names, not codes).
 */
export function matchOption(options: readonly ChoiceOption[], raw: unknown): string | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const text = String(raw).trim();
  if (isOptionValue(options, text)) return text;
  const wanted = normalizeForSearch(text);
  return options.find(
    (option) =>
      normalizeForSearch(option.label.vi) === wanted ||
      (option.label.en !== undefined && normalizeForSearch(option.label.en) === wanted),
  )?.value;
}
