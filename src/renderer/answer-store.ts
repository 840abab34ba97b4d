import type { FieldErrors, SetValueConfig, UseFormReturn } from 'react-hook-form';
import type { FormValues } from './form-resolver';
import { topLevelFieldId } from '@/schema/ids';

/** One answer as its field shows it: the value and the message of its error, if any. */
export interface AnswerState {
  readonly value: unknown;
  readonly error: string | undefined;
}

/**
 * Per-field subscriptions over the react-hook-form instance that owns the answers.
 *
 * react-hook-form's own hooks subscribe every field to the whole form: each notification walks
 * every subscriber and copies every answer for each (`useController` per field made a submit of a
 * 1000-field form cost N² copies, and every field three subscriptions). Here the form has one
 * subscriber — this store — which hands each change only to the fields whose value or error
 * changed. The form instance still owns values, errors, validation and submit.
 *
 * Answers are set through the store (`change`, `set`), never with the form's `setValue` directly:
 * the store follows the form's errors and submits, not its values. Following its values would
 * make the form copy every answer on each keystroke for the store (react-hook-form hands a value
 * subscriber a deep copy of the whole form), a millisecond per keystroke on a 1000-question page.
 */
export interface AnswerStore {
  /** Value and error at `path`; the same object until one of them changes (a snapshot). */
  read(path: string): AnswerState;
  subscribe(path: string, listener: () => void): () => void;
  /** The citizen changed an answer: announced as input, then set (re-validated once submitted). */
  change(path: string, value: unknown): void;
  /** Sets an answer that is not typed (a pre-filled value, a restored one, a list of items). */
  set(path: string, value: unknown, options?: SetValueConfig): void;
  /** Citizen input (never a programmatic fill), announced before the value is set. */
  onInput(listener: (path: string) => void): () => void;
  /** Any answer may have changed (set, typed, an item added or removed): for autosave. */
  onChange(listener: () => void): () => void;
  /** Starts following the form; returns the disconnect. */
  connect(): () => void;
}

type Form = Pick<UseFormReturn<FormValues>, 'getValues' | 'setValue' | 'subscribe'>;

interface Entry {
  path: string;
  keys: readonly string[];
  state: AnswerState;
  /** The form's change count when the snapshot was last brought up to date. */
  seen: number;
  listeners: Set<() => void>;
}

/** `a.0.b` read with pre-split keys: no path parsing per read on the keystroke path. */
function readPath(root: unknown, keys: readonly string[]): unknown {
  let node = root;
  for (const key of keys) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function errorMessage(errors: FieldErrors, keys: readonly string[]): string | undefined {
  const message = (readPath(errors, keys) as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message !== '' ? message : undefined;
}

export function createAnswerStore(form: Form): AnswerStore {
  const entries = new Map<string, Entry>();
  /** Entries by the top-level answer they sit in: a change to one answer touches only its own. */
  const byTop = new Map<string, Entry[]>();
  const inputListeners = new Set<(path: string) => void>();
  const changeListeners = new Set<() => void>();
  let errors: FieldErrors = {};
  let submitted = false;
  /** Counts the form's notifications, so an unchanged form is not read again field by field. */
  let version = 0;

  /** Replaces the entry's snapshot when its value or error changed; says whether it did. */
  function update(entry: Entry, value: unknown, error: string | undefined): boolean {
    entry.seen = version;
    if (Object.is(entry.state.value, value) && entry.state.error === error) return false;
    entry.state = { value, error };
    return true;
  }

  function entryOf(path: string): Entry {
    let entry = entries.get(path);
    if (!entry) {
      const keys = path.split('.');
      entry = { path, keys, state: { value: form.getValues(path), error: errorMessage(errors, keys) }, seen: version, listeners: new Set() };
      entries.set(path, entry);
      const siblings = byTop.get(keys[0] ?? path);
      if (siblings) siblings.push(entry);
      else byTop.set(keys[0] ?? path, [entry]);
    }
    return entry;
  }

  /**
   * Hands a change to the fields it concerns. A change named by react-hook-form (one answer set,
   * one answer re-validated: every keystroke) reads only the entries inside that answer; anything
   * else (submit, reset, cleared errors) reads every watched entry once.
   */
  function refresh(name?: string) {
    const changed: Entry[] = [];
    const check = (entry: Entry, value: unknown) => {
      if (entry.listeners.size > 0 && update(entry, value, errorMessage(errors, entry.keys))) changed.push(entry);
    };
    if (name !== undefined) {
      const top = topLevelFieldId(name);
      for (const entry of byTop.get(top) ?? []) check(entry, form.getValues(entry.path));
    } else {
      // A shallow copy of the top level; nested answers keep their identity unless changed.
      const values = form.getValues();
      for (const entry of entries.values()) check(entry, readPath(values, entry.keys));
    }
    for (const entry of changed) entry.listeners.forEach((listener) => listener());
  }

  function set(path: string, value: unknown, options?: SetValueConfig) {
    form.setValue(path, value, options);
    version += 1;
    refresh(path);
    changeListeners.forEach((listener) => listener());
  }

  /** Unwatched entries are not refreshed by changes: they catch up when read, if the form changed. */
  function catchUp(entry: Entry) {
    if (entry.listeners.size === 0 && entry.seen !== version) update(entry, form.getValues(entry.path), errorMessage(errors, entry.keys));
  }

  return {
    read(path) {
      const entry = entryOf(path);
      catchUp(entry);
      return entry.state;
    },
    subscribe(path, listener) {
      const entry = entryOf(path);
      // A change between rendering and subscribing must not be missed.
      catchUp(entry);
      entry.listeners.add(listener);
      return () => {
        entry.listeners.delete(listener);
      };
    },
    change(path, value) {
      inputListeners.forEach((listener) => listener(path));
      // After a submit, a corrected answer is re-checked as it is typed (react-hook-form's
      // `reValidateMode: 'onChange'`, which `setValue` does not apply by itself).
      set(path, value, { shouldValidate: submitted });
    },
    set,
    onInput(listener) {
      inputListeners.add(listener);
      return () => {
        inputListeners.delete(listener);
      };
    },
    onChange(listener) {
      changeListeners.add(listener);
      return () => {
        changeListeners.delete(listener);
      };
    },
    connect() {
      const unsubscribe = form.subscribe({
        formState: { errors: true, submitCount: true },
        callback: (state) => {
          version += 1;
          errors = state.errors ?? {};
          submitted = (state.submitCount ?? 0) > 0;
          refresh(state.name);
          // Named: one answer re-validated, or items added to or removed from a list.
          if (state.name !== undefined) changeListeners.forEach((listener) => listener());
        },
      });
      // Changes made before connecting (a fill applied in a child's effect) reach their fields now.
      version += 1;
      refresh();
      return unsubscribe;
    },
  };
}
