import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { z } from '@/lib/zod';

/**
 * The mocks' backend storage: one IndexedDB object store holding every collection, keyed
 * `[collection, id]`, so mock state survives a page reload as a real backend's would (vitest
 * runs on fake-indexeddb). Opened on first use, never at import. Bump the database name when a
 * stored shape changes; records that no longer match their schema are ignored, not crashed on.
 */
const databaseName = 'bieu-mau-mock-db-v1';
const storeName = 'records';

let database: UseStore | undefined;
const db = (): UseStore => (database ??= createStore(databaseName, storeName));

/** A set of records of one kind, keyed by id. */
export interface Collection<T> {
  readonly name: string;
  get(id: string): Promise<T | undefined>;
  put(id: string, value: T): Promise<void>;
  /** Read-modify-write of one record in a single transaction (counters, no lost updates). */
  update(id: string, updater: (current: T | undefined) => T): Promise<T>;
  list(): Promise<T[]>;
  remove(id: string): Promise<void>;
}

/** Every `[name, id]` key: arrays sort after strings, so `[name, []]` bounds them all. */
const rangeOf = (name: string): IDBKeyRange => IDBKeyRange.bound([name], [name, []]);

export function defineCollection<T>(name: string, schema: z.ZodMiniType<T>): Collection<T> {
  const valid = (value: unknown): T | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    name,
    get: (id) =>
      db()('readonly', (store) => promisifyRequest(store.get([name, id]))).then(valid),
    put: (id, value) =>
      db()('readwrite', (store) => {
        store.put(value, [name, id]);
        return promisifyRequest(store.transaction);
      }),
    update: async (id, updater) => {
      let next: T | undefined;
      await db()('readwrite', (store) => {
        const request = store.get([name, id]);
        request.onsuccess = () => {
          next = updater(valid(request.result));
          store.put(next, [name, id]);
        };
        return promisifyRequest(store.transaction);
      });
      return next as T;
    },
    list: async () => {
      const all = await db()('readonly', (store) => promisifyRequest(store.getAll(rangeOf(name))));
      return all.map(valid).filter((value): value is T => value !== undefined);
    },
    remove: (id) =>
      db()('readwrite', (store) => {
        store.delete([name, id]);
        return promisifyRequest(store.transaction);
      }),
  };
}

/** Empties every collection: for tests (`afterEach`) and a "reset demo data" control. */
export const resetMockDb = (): Promise<void> =>
  db()('readwrite', (store) => {
    store.clear();
    return promisifyRequest(store.transaction);
  });
