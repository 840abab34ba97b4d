import type { Locale, LocalizedText } from '@/schema/localized-text';

/**
 * The text after the author typed `text` in one language. English left empty is removed (it falls
 * back to Vietnamese); an optional text left empty in both languages is removed altogether.
 */
export function editLocalized(value: LocalizedText | undefined, language: Locale, text: string, optional: boolean): LocalizedText | undefined {
  const vi = language === 'vi' ? text : (value?.vi ?? '');
  const en = language === 'en' ? text : (value?.en ?? '');
  if (optional && vi.trim() === '' && en === '') return undefined;
  return en === '' ? { vi } : { vi, en };
}

/** Vietnamese trimmed as the schema stores it, so a finished text reads back unchanged. */
export function settleLocalized(value: LocalizedText | undefined, optional: boolean): LocalizedText | undefined {
  if (value === undefined) return undefined;
  return editLocalized(value, 'vi', value.vi.trim(), optional);
}
