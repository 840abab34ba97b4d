import { signInAs } from '@mocks/auth/test-sign-in';
import { apiRequest } from '@/lib/api-client';
import { userInfoPath, userInfoSchema, type TokenResponse } from '@/lib/api-contract/identity';
import { setAccessToken } from '@/lib/auth-token';
import { saveSession } from '@/identity/session-store';

/**
 * Signs a persona in through the mock identity provider over HTTP (authorize, then token, as the
 * app's sign-in does) and makes the token the app's: the API client sends it with every registry
 * call, and the sign-in guard of the routes sees a session.
 */
export async function signIn(persona = 'chi-lan'): Promise<TokenResponse> {
  const token = await signInAs(persona);
  const expiresAt = Date.now() + token.expiresIn * 1000;
  setAccessToken(token.accessToken, expiresAt);
  const user = await apiRequest(userInfoPath, { schema: userInfoSchema });
  saveSession({ accessToken: token.accessToken, expiresAt, issuedAt: token.issuedAt, user });
  return token;
}

/** Forgets the session on this "device" (call in `afterEach`). */
export function signOut(): void {
  saveSession(undefined);
  setAccessToken(undefined);
}
