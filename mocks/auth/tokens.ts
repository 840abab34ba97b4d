import { createLock } from '../db/lock';
import { accessTokens, authCodes, type AccessToken } from './auth-store';
import { tokenLifetimeSeconds } from './token-lifetime';

/** How long a one-time authorization code may wait for its exchange. */
export const authCodeLifetimeMs = 60_000;

/** `bytes` random bytes as base64url (48 bytes → 64 characters), unguessable like a real token. */
export function randomToken(bytes = 48): string {
  const random = crypto.getRandomValues(new Uint8Array(bytes));
  const base64 = btoa(String.fromCharCode(...random));
  return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export interface Subject {
  personaId: string;
  soDinhDanh: string;
}

/** Issues a one-time code for a signed-in persona, valid for one minute. */
export async function issueAuthCode(subject: Subject, clientId: string, redirectUri: string, now: number): Promise<string> {
  const code = randomToken(32);
  await authCodes.put(code, { ...subject, clientId, redirectUri, expiresAt: now + authCodeLifetimeMs });
  return code;
}

export type Exchange =
  | { ok: true; accessToken: string; token: AccessToken }
  | { ok: false; reason: 'unknown' | 'expired' | 'reused' | 'redirect-mismatch' };

const serialised = createLock();

/**
 * Exchanges a code for an access token, once: a second exchange (a replay, or a double submit
 * racing the first) fails and revokes the token the first one issued. Serialised so two
 * concurrent exchanges cannot both read the code as unused.
 */
export function exchangeAuthCode(code: string, redirectUri: string, now: number): Promise<Exchange> {
  return serialised(async () => {
    const stored = await authCodes.get(code);
    if (!stored) return { ok: false, reason: 'unknown' };
    if (stored.usedFor !== undefined) {
      await revokeToken(stored.usedFor);
      return { ok: false, reason: 'reused' };
    }
    if (stored.expiresAt <= now) return { ok: false, reason: 'expired' };
    if (stored.redirectUri !== redirectUri) return { ok: false, reason: 'redirect-mismatch' };

    const { accessToken, token } = await issueAccessToken(
      { personaId: stored.personaId, soDinhDanh: stored.soDinhDanh },
      tokenLifetimeSeconds() * 1000,
      now,
    );
    await authCodes.put(code, { ...stored, usedFor: accessToken });
    return { ok: true, accessToken, token };
  });
}

/**
 * Stores a new access token for `subject`, valid `lifetimeMs` from `now`: the code exchange's
 * last step, and the builder's preview tokens (a persona's token issued to an author).
 */
export async function issueAccessToken(
  subject: Subject,
  lifetimeMs: number,
  now: number,
  scope: AccessToken['scope'] = 'full',
): Promise<{ accessToken: string; token: AccessToken }> {
  const accessToken = randomToken();
  const token: AccessToken = { ...subject, issuedAt: now, expiresAt: now + lifetimeMs, revoked: false, scope };
  await accessTokens.put(accessToken, token);
  return { accessToken, token };
}

/** The token's record if it is known, not revoked and not expired at `now`. */
export async function findActiveToken(accessToken: string, now: number): Promise<AccessToken | undefined> {
  const token = await accessTokens.get(accessToken);
  return token && !token.revoked && token.expiresAt > now ? token : undefined;
}

/** Revokes a token (logout, replayed code); unknown tokens are ignored, as RFC 7009 asks. */
export async function revokeToken(accessToken: string): Promise<void> {
  const token = await accessTokens.get(accessToken);
  if (token) await accessTokens.put(accessToken, { ...token, revoked: true });
}
