/**
 * Runs async tasks one at a time, in call order. A real backend serialises "check the
 * idempotency key, then create" in a transaction; without it, a double click would file two
 * dossiers (both requests read "key unseen" before either writes).
 */
export function createLock(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
