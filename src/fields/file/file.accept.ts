import type { Reading } from '../shared/panel/use-draft';

/** The accepted formats as the author writes them: ".pdf, .jpg, image/png". */
export const formatAccept = (accept: string[]): string => accept.join(', ');

/**
 * Entries split at commas or spaces. None at all cannot stand (a file field accepts something),
 * so an empty box is kept with a message; a malformed entry is handed on for the builder to flag.
 */
export function readAccept(text: string): Reading<string[]> {
  const entries = text.split(/[\s,;]+/).filter((entry) => entry !== '');
  return entries.length === 0 ? { error: 'file.panel.errors.acceptEmpty' } : { value: entries };
}
