import { resolveApiUrl } from '@/lib/api-client';
import { authorizePath, tokenPath, tokenResponseSchema, type TokenResponse } from '@/lib/api-contract/identity';
import { issueAuthCode } from './tokens';

/**
 * Test helpers: sign in through the mock identity provider over HTTP, exactly as the app does,
 * and get a bearer token for registry calls. Only for vitest (the MSW server must be listening).
 */
export const testClientId = 'dvc-bieu-mau-dien-tu';
export const testRedirectUri = (): string => new URL('/dang-nhap/callback', globalThis.location.origin).href;
export const testState = 'trang-thai-thu-nghiem-01';

const postJson = (path: string, body: unknown): Promise<Response> =>
  fetch(resolveApiUrl(path), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** `POST /auth/authorize` for a persona: the raw response. */
export const authorizeRequest = (persona: string, redirectUri = testRedirectUri()): Promise<Response> =>
  postJson(authorizePath, { persona, clientId: testClientId, redirectUri, state: testState });

/** `POST /auth/token` for a code: the raw response. */
export const tokenRequest = (code: string, redirectUri = testRedirectUri()): Promise<Response> =>
  postJson(tokenPath, { grantType: 'authorization_code', code, redirectUri });

/** The one-time code the provider issues when `persona` signs in. */
export async function authorizeCode(persona: string, redirectUri = testRedirectUri()): Promise<string> {
  const response = await authorizeRequest(persona, redirectUri);
  if (!response.ok) throw new Error(`authorize failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { code: string }).code;
}

/** Signs `persona` in (authorize, then token) and returns the token response. */
export async function signInAs(persona: string): Promise<TokenResponse> {
  const response = await tokenRequest(await authorizeCode(persona));
  if (!response.ok) throw new Error(`token failed: ${response.status} ${await response.text()}`);
  return tokenResponseSchema.parse(await response.json());
}

/**
 * A token for any citizen of the synthetic population, not only a persona: for records no persona
 * lacks (the provider itself signs in personas only, so the code is issued directly).
 */
export async function signInAsCitizen(soDinhDanh: string): Promise<TokenResponse> {
  const code = await issueAuthCode({ personaId: `cong-dan-${soDinhDanh}`, soDinhDanh }, testClientId, testRedirectUri(), Date.now());
  const response = await tokenRequest(code);
  if (!response.ok) throw new Error(`token failed: ${response.status} ${await response.text()}`);
  return tokenResponseSchema.parse(await response.json());
}

/** `GET` an API path with a bearer token (and other headers). */
export const getWithToken = (
  path: string,
  accessToken: string | undefined,
  init: { headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<Response> =>
  fetch(resolveApiUrl(path), {
    headers: { ...(accessToken === undefined ? {} : { Authorization: `Bearer ${accessToken}` }), ...init.headers },
    signal: init.signal,
  });
