import type { TFunction } from 'i18next';
import { localize, type LocalizedText, type Locale } from '@/schema/localized-text';
import { authoredTextKey, parseMessage } from '@/schema/validation-message';
import { lowerFirst } from '@/lib/lower-first';


/**
 * Sentences already made, per translation function (a new language is a new function). Every
 * error is shown twice — in the summary and at its field — and a long form's submit shows a
 * thousand of them: each is translated once.
 */
const made = new WeakMap<TFunction, Map<string, string>>();
const maxRemembered = 5000;

/** Turns a validation message (i18n key or author text) into the sentence the citizen reads. */
export function translateMessage(t: TFunction, locale: Locale, message: string, label: string): string {
  let sentences = made.get(t);
  if (!sentences) {
    sentences = new Map();
    made.set(t, sentences);
  }
  const key = `${locale}\u0000${label}\u0000${message}`;
  let sentence = sentences.get(key);
  if (sentence === undefined) {
    const { key: messageKey, values } = parseMessage(message);
    sentence =
      messageKey === authoredTextKey
        ? localize(values as unknown as LocalizedText, locale)
        : t(messageKey, { label, labelLower: lowerFirst(label), ...values });
    if (sentences.size >= maxRemembered) sentences.clear();
    sentences.set(key, sentence);
  }
  return sentence;
}
