import { apiRequest } from '@/lib/api-client';
import {
  logoutPath,
  tokenPath,
  tokenResponseSchema,
  userInfoPath,
  userInfoSchema,
} from '@/lib/api-contract/identity';
import { currentSession, saveSession, type Session } from './session-store';
import { z } from '@/lib/zod';

/** This portal's client id at the identity provider. */
export const clientId = 'dvc-bieu-mau-dien-tu';
export const callbackPath = '/dang-nhap/callback';
/** Where the identity provider's sign-in page is (the mocked VNeID in this build). */
export const providerSignInPath = '/dang-nhap/vneid';

const pendingKey = 'bmdt.sign-in';
const pendingSchema = z.object({ state: z.string(), returnTo: z.string() });

const randomState = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** Only paths of this site may be returned to after sign-in (no open redirect). */
export const safeReturnPath = (path: string | null | undefined): string =>
  path && path.startsWith('/') && !path.startsWith('//') ? path : '/';

const callbackUrl = () => new URL(callbackPath, window.location.origin).toString();

/** Sends the citizen to the identity provider; `state` ties the answer to this request (CSRF). */
export function providerSignInUrl(returnTo: string): string {
  const state = randomState();
  sessionStorage.setItem(pendingKey, JSON.stringify({ state, returnTo: safeReturnPath(returnTo) }));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: callbackUrl(),
    scope: 'openid',
    acr_values: 'LoA2',
    state,
  });
  return `${providerSignInPath}?${query.toString()}`;
}

export class SignInError extends Error {}

/** Finishes the code flow: checks state, exchanges the code, reads the claims, keeps the session. */
export async function completeSignIn(code: string, state: string): Promise<{ session: Session; returnTo: string }> {
  const pending = pendingSchema.safeParse(JSON.parse(sessionStorage.getItem(pendingKey) ?? 'null'));
  sessionStorage.removeItem(pendingKey);
  if (!pending.success || pending.data.state !== state) throw new SignInError('state-mismatch');
  const token = await apiRequest(tokenPath, {
    method: 'POST',
    body: { grantType: 'authorization_code', code, redirectUri: callbackUrl() },
    schema: tokenResponseSchema,
  });
  const user = await apiRequest(userInfoPath, {
    headers: { Authorization: `Bearer ${token.accessToken}` },
    schema: userInfoSchema,
  });
  const session: Session = {
    accessToken: token.accessToken,
    expiresAt: Date.now() + token.expiresIn * 1000,
    issuedAt: token.issuedAt,
    user,
  };
  saveSession(session);
  return { session, returnTo: pending.data.returnTo };
}

/**
 * Forgets the session on this device, then revokes its token at the provider (best effort). In
 * that order: a page loaded while the revocation is in flight must not act with a dead token.
 */
export async function signOut(): Promise<void> {
  const token = currentSession()?.accessToken;
  saveSession(undefined);
  if (!token) return;
  await apiRequest(logoutPath, { method: 'POST', body: {}, headers: { Authorization: `Bearer ${token}` }, schema: z.unknown() });
}
