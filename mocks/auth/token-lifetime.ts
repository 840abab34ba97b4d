/**
 * How long the mock identity provider's access tokens live. The real provider's sessions last
 * about half an hour; a tester checking what happens when a session expires mid-form sets a
 * short lifetime (e.g. 30 s) in the tester panel. It applies to tokens issued afterwards and
 * survives reloads (localStorage), like the fault switches.
 */
export const defaultTokenLifetimeSeconds = 1800;
export const tokenLifetimeStorageKey = 'mockTokenLifetime';

const isLifetime = (value: number): boolean => Number.isInteger(value) && value > 0;

/** The override in force, if any. */
export function tokenLifetimeOverride(): number | undefined {
  try {
    const value = Number(globalThis.localStorage?.getItem(tokenLifetimeStorageKey) ?? Number.NaN);
    return isLifetime(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Seconds a token issued now lives. */
export const tokenLifetimeSeconds = (): number => tokenLifetimeOverride() ?? defaultTokenLifetimeSeconds;

/** Sets (a positive whole number of seconds) or clears (`undefined`) the override. */
export function setTokenLifetimeOverride(seconds: number | undefined): void {
  try {
    if (seconds !== undefined && isLifetime(seconds)) {
      globalThis.localStorage?.setItem(tokenLifetimeStorageKey, String(seconds));
    } else {
      globalThis.localStorage?.removeItem(tokenLifetimeStorageKey);
    }
  } catch {
    // storage disabled: the default lifetime applies
  }
}
