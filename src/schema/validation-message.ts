import type { LocalizedText } from './localized-text';

/**
 * Validation messages travel as strings (react-hook-form keeps errors as strings) holding an
 * i18n key and, optionally, interpolation values: `fields:number.errors.min::{"min":1}`.
 * Messages written by a form author travel as `@text::{"vi":"…","en":"…"}`.
 * They are translated only when shown, so switching language re-translates visible errors.
 */
const separator = '::';
export const authoredTextKey = '@text';

export const message = (key: string, values?: Record<string, string | number>): string =>
  values ? `${key}${separator}${JSON.stringify(values)}` : key;

/** A message written by the form author in the schema (pattern messages, cross-field rules). */
export const authoredMessage = (text: LocalizedText): string => message(authoredTextKey, text);

export function parseMessage(text: string): { key: string; values: Record<string, string | number> } {
  const at = text.indexOf(separator);
  if (at === -1) return { key: text, values: {} };
  try {
    return {
      key: text.slice(0, at),
      values: JSON.parse(text.slice(at + separator.length)) as Record<string, string | number>,
    };
  } catch {
    return { key: text.slice(0, at), values: {} };
  }
}
