/** What the form remembers about one pre-filled answer: the value the source gave, and whence. */
export interface PrefillEntry {
  path: string;
  /** Catalog id of the source the value came from (the origin's `source`). */
  source: string;
  /** The value as filled; the answer is `overridden` once it differs. */
  original: unknown;
  /** ISO date-time the source answered. */
  retrievedAt: string;
  /** Read-only on the form: a locked binding whose value the field accepts. */
  locked: boolean;
  /** `me`, or the số định danh of the related person the value belongs to. */
  subject: string;
  /** For a related person's value: the field holding that person's number. */
  personField?: string | undefined;
}

export type PrefillEntries = Readonly<Record<string, PrefillEntry>>;

/** The subject of the citizen's own records. */
export const ownSubject = 'me';
