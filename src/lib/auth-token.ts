/**
 * The bearer token of the signed-in citizen, held in memory for API calls. The identity feature
 * owns the session (and its persistence); the API client only reads the current token.
 * Tokens never go to localStorage (shared by every tab and readable for months).
 */
let current: { token: string; expiresAt: number } | undefined;
const listeners = new Set<() => void>();

export const getAccessToken = (now = Date.now()): string | undefined =>
  current && current.expiresAt > now ? current.token : undefined;

export function setAccessToken(token: string | undefined, expiresAt = 0): void {
  current = token ? { token, expiresAt } : undefined;
  for (const listener of listeners) listener();
}

/** Called when the API says the token is no longer valid (expired, revoked). */
export function onAccessTokenChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const unauthorizedListeners = new Set<() => void>();

/** The API refused the token (expired, revoked): whoever owns the session should end it. */
export function notifyUnauthorized(): void {
  for (const listener of unauthorizedListeners) listener();
}

export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}
