import type { TFunction } from 'i18next';
import { localize, type LocalizedText, type Locale } from '@/schema/localized-text';
import { authoredTextKey, parseMessage } from '@/schema/validation-message';

/** "Họ và tên" → "họ và tên" for use mid-sentence; acronyms ("CCCD") are left alone. */
export const lowerFirst = (text: string): string =>
  text.length > 1 && text[1] === text[1]?.toLocaleLowerCase('vi') ? text[0]?.toLocaleLowerCase('vi') + text.slice(1) : text;

/** Turns a validation message (i18n key or author text) into the sentence the citizen reads. */
export function translateMessage(t: TFunction, locale: Locale, message: string, label: string): string {
  const { key, values } = parseMessage(message);
  if (key === authoredTextKey) return localize(values as unknown as LocalizedText, locale);
  return t(key, { label, labelLower: lowerFirst(label), ...values });
}
