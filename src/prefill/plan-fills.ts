import { answerValidator } from '@/engine/answer-validators';
import { isEmptyAnswer } from '@/engine/is-empty-answer';
import { fieldRegistry } from '@/fields/registry';
import type { ResolvedBinding } from './collect-bindings';
import { deepEqual } from './deep-equal';
import type { PrefillEntries, PrefillEntry } from './prefill-entry';

type Values = Readonly<Record<string, unknown>>;

export interface FillPlan {
  /** Answers to set. */
  set: { path: string; value: unknown }[];
  /** Entries to record (replacing any for the same path). */
  record: PrefillEntry[];
  /** Paths whose entries go (a related person's values once another person is named). */
  forget: string[];
}

interface FillInput {
  bindings: readonly ResolvedBinding[];
  record: unknown;
  /** Recorded as the origin's source (may differ from the binding's: see `related-subject`). */
  source: string;
  subject: string;
  retrievedAt: string;
  values: Values;
  entries: PrefillEntries;
  /** Paths the citizen has typed into: never filled again, whatever happens. */
  typed: ReadonlySet<string>;
}

/** A pre-filled answer still as the source gave it, and never typed over. */
const untouched = (path: string, values: Values, entries: PrefillEntries, typed: ReadonlySet<string>): boolean => {
  const entry = entries[path];
  return entry !== undefined && !typed.has(path) && deepEqual(values[path], entry.original);
};

/**
 * What a source's record fills: each bound field the citizen has not typed into and that is
 * empty (or still holds an earlier fill, which a newer record replaces). A value the field type
 * cannot take is skipped; a locked value the field would reject stays editable, so a citizen is
 * never stuck with an answer they cannot submit.
 */
export function planFills(input: FillInput): FillPlan {
  const { bindings, record, source, subject, retrievedAt, values, entries, typed } = input;
  const plan: FillPlan = { set: [], record: [], forget: [] };
  for (const { path, field, binding, attribute } of bindings) {
    const raw = attribute.read(record);
    const value = raw === undefined || raw === null ? undefined : fieldRegistry.of(field).prefill?.coerce(raw, field);
    if (value === undefined || typed.has(path)) continue;
    const existing = entries[path];
    const replaceable = existing ? untouched(path, values, entries, typed) : isEmptyAnswer(values[path]);
    if (!replaceable) continue;
    if (existing && existing.subject === subject && existing.source === source && deepEqual(existing.original, value)) continue;
    const locked = binding.mode === 'locked' && answerValidator(field, true).safeParse(value).success;
    plan.set.push({ path, value });
    plan.record.push({ path, source, original: value, retrievedAt, locked, subject, personField: binding.personField });
  }
  return plan;
}

/**
 * When the person named in `personField` changes (another number, consent withdrawn), the
 * previous person's values go: untouched ones are emptied, changed ones stay as the citizen's own.
 */
export function planClears(
  bindings: readonly ResolvedBinding[],
  personField: string,
  subject: string | undefined,
  state: { values: Values; entries: PrefillEntries; typed: ReadonlySet<string> },
): FillPlan {
  const plan: FillPlan = { set: [], record: [], forget: [] };
  for (const { path, field } of bindings) {
    const entry = state.entries[path];
    if (!entry || entry.personField !== personField || entry.subject === subject) continue;
    if (untouched(path, state.values, state.entries, state.typed)) {
      plan.set.push({ path, value: fieldRegistry.of(field).emptyAnswer(field) });
    }
    plan.forget.push(path);
  }
  return plan;
}
