import type { AnswerOrigin } from '@/lib/api-contract/dossiers';
import { deepEqual } from './deep-equal';
import type { PrefillEntries } from './prefill-entry';

/**
 * Where each submitted answer came from, decided at submit time: `prefilled` while it still
 * equals what the source gave, `overridden` (the original kept) once the citizen changed it,
 * `typed` for everything else.
 */
export function computeOrigins(answers: Readonly<Record<string, unknown>>, entries: PrefillEntries): Record<string, AnswerOrigin> {
  const origins: Record<string, AnswerOrigin> = {};
  for (const [path, answer] of Object.entries(answers)) {
    const entry = entries[path];
    if (!entry) origins[path] = { kind: 'typed' };
    else if (deepEqual(answer, entry.original)) origins[path] = { kind: 'prefilled', source: entry.source, retrievedAt: entry.retrievedAt };
    else origins[path] = { kind: 'overridden', source: entry.source, original: entry.original };
  }
  return origins;
}
