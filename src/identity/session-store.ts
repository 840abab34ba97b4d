import { onUnauthorized, setAccessToken } from '@/lib/auth-token';
import type { UserInfo } from '@/lib/api-contract/identity';

/** The signed-in citizen: who they are and the token that proves it. */
export interface Session {
  accessToken: string;
  /** Epoch ms after which the token is refused. */
  expiresAt: number;
  /** When the identity provider issued the token: the start of the login→submit clock. */
  issuedAt: string;
  user: UserInfo;
}

const storageKey = 'bmdt.session';
let session: Session | undefined;
const listeners = new Set<() => void>();

/**
 * Sessions live in sessionStorage: they survive a reload of the tab (a citizen must not lose
 * their place) but not the tab's closing, and other tabs or later visitors of a shared phone do
 * not inherit them. Never localStorage.
 */
function read(): Session | undefined {
  try {
    const raw = sessionStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as Session) : undefined;
  } catch {
    return undefined;
  }
}

export function loadSession(now = Date.now()): Session | undefined {
  const stored = read();
  session = stored && stored.expiresAt > now ? stored : undefined;
  setAccessToken(session?.accessToken, session?.expiresAt);
  return session;
}

export function saveSession(next: Session | undefined): void {
  session = next;
  try {
    if (next) sessionStorage.setItem(storageKey, JSON.stringify(next));
    else sessionStorage.removeItem(storageKey);
  } catch {
    // Storage unavailable: the session lasts for this page only.
  }
  setAccessToken(next?.accessToken, next?.expiresAt);
  for (const listener of listeners) listener();
}

export const currentSession = (): Session | undefined => session;

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// A token the API no longer accepts ends the session; the sign-in guard then asks again.
onUnauthorized(() => {
  if (session) saveSession(undefined);
});
