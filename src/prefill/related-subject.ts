import { personalIdSchema } from '@/lib/api-contract/registry-common';

/**
 * What to do about the person named in a `personField`:
 * `none` — no valid number yet; `needs-consent` — a number, consent not ticked;
 * `waiting` — the citizen's own record has not answered (still loading, or failed: the related
 * person comes from the same database), so we cannot tell whether the number is theirs; `self` — it is the citizen's own number: read their own record (the related-person
 * endpoint serves only parents, spouses and children, and no consent is needed for oneself);
 * `lookup` — ask the population database for this related person, with consent.
 */
export type RelatedLookup =
  | { kind: 'none' }
  | { kind: 'needs-consent' | 'waiting' | 'self' | 'lookup'; personId: string };

interface OwnRecord {
  /** The citizen's own population record has answered (possibly with nothing). */
  answered: boolean;
  personId: string | undefined;
}

export function resolveRelated(personAnswer: unknown, consentAnswer: unknown, own: OwnRecord): RelatedLookup {
  const personId = typeof personAnswer === 'string' ? personAnswer.replace(/\s+/g, '') : '';
  if (!personalIdSchema.safeParse(personId).success) return { kind: 'none' };
  if (own.personId === personId) return { kind: 'self', personId };
  if (!own.answered) return { kind: 'waiting', personId };
  return consentAnswer === true ? { kind: 'lookup', personId } : { kind: 'needs-consent', personId };
}

/** The person whose values the fields should hold now (`undefined`: nobody's). */
export const currentSubject = (lookup: RelatedLookup): string | undefined =>
  lookup.kind === 'self' || lookup.kind === 'lookup' || lookup.kind === 'waiting' ? lookup.personId : undefined;
