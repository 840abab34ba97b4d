import type { LocalizedText } from '@/schema/localized-text';
import type { TextConfig } from './text.config';

type Pattern = TextConfig['pattern'];

/**
 * The pattern after the author edited its expression or its message. Both empty removes it; a
 * half-written one (expression without message) is kept for the builder to flag, not dropped.
 */
export function editPattern(pattern: Pattern, change: { regex?: string; message?: LocalizedText | undefined }): Pattern {
  const regex = 'regex' in change ? (change.regex ?? '') : (pattern?.regex ?? '');
  const message = 'message' in change ? change.message : pattern?.message;
  if (regex === '' && message === undefined) return undefined;
  return { regex, message: message ?? { vi: '' } };
}
