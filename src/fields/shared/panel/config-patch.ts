/**
 * A copy of `config` with `changes` applied, where a change to `undefined` removes the key: an
 * optional property the author cleared is absent, as a hand-written schema would have it, never
 * present with `undefined` (which some serialisers write as `null`).
 */
export function patchConfig<T extends object>(config: T, changes: { [K in keyof T]?: T[K] | undefined }): T {
  const next: T = { ...config };
  for (const key of Object.keys(changes) as (keyof T)[]) {
    const value = changes[key];
    if (value === undefined) delete next[key];
    else next[key] = value as T[keyof T];
  }
  return next;
}
