import type { FillPlan } from './plan-fills';
import type { PrefillEntries } from './prefill-entry';

/**
 * The provenance of a form session's answers, outside React state so fills applied from an
 * effect, the notes and the submit all read one source of truth (`useSyncExternalStore`).
 */
export interface PrefillStore {
  getEntries(): PrefillEntries;
  subscribe(listener: () => void): () => void;
  /** Records a plan's entries; the caller sets the answers. */
  apply(plan: FillPlan): void;
  /** Paths the citizen has typed into. Only grows. */
  readonly typed: ReadonlySet<string>;
  markTyped(path: string): void;
}

/** What a resumed draft remembers: the provenance of its answers and what the citizen typed. */
export interface PrefillSnapshot {
  entries: PrefillEntries;
  typed: readonly string[];
}

export function createPrefillStore(initial?: PrefillSnapshot): PrefillStore {
  let entries: PrefillEntries = { ...initial?.entries };
  const typed = new Set<string>(initial?.typed);
  const listeners = new Set<() => void>();
  return {
    getEntries: () => entries,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    apply(plan) {
      if (plan.record.length === 0 && plan.forget.length === 0) return;
      const next = { ...entries };
      for (const path of plan.forget) delete next[path];
      for (const entry of plan.record) next[entry.path] = entry;
      entries = next;
      for (const listener of listeners) listener();
    },
    typed,
    markTyped: (path) => typed.add(path),
  };
}
