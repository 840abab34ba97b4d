import { HttpResponse } from 'msw';
import type { ApiErrorBody } from '@/lib/api-contract/errors';
import { findActiveToken, type Subject } from './tokens';

/** The signed-in citizen a request acts for, and the token it carried. */
export interface Citizen extends Subject {
  accessToken: string;
  /** Epoch ms the token was issued: the server's start of the login→submit clock. */
  issuedAt: number;
}

export type CitizenCheck = { ok: true; citizen: Citizen } | { ok: false; response: HttpResponse<ApiErrorBody> };

/** `Bearer <token>` → the token; anything else → undefined. */
export function bearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1];
}

/** 401 with the challenge a real resource server sends (RFC 6750 §3). */
function unauthenticated(message: string, invalidToken: boolean): HttpResponse<ApiErrorBody> {
  const challenge = invalidToken ? 'Bearer realm="vneid", error="invalid_token"' : 'Bearer realm="vneid"';
  return HttpResponse.json<ApiErrorBody>(
    { code: 'unauthenticated', message },
    { status: 401, headers: { 'WWW-Authenticate': challenge } },
  );
}

/**
 * Every registry endpoint starts here: the request must carry a live access token of the mock
 * identity provider (missing, unknown, revoked or expired → 401 `unauthenticated`). Returns the
 * persona and số định danh the token was issued to, which the endpoint then authorises against.
 */
export async function requireCitizen(request: Request, now: number = Date.now()): Promise<CitizenCheck> {
  const accessToken = bearerToken(request);
  if (accessToken === undefined) {
    return { ok: false, response: unauthenticated('An Authorization: Bearer token is required', false) };
  }
  const token = await findActiveToken(accessToken, now);
  if (!token) {
    return { ok: false, response: unauthenticated('The access token is unknown, revoked or expired', true) };
  }
  if (token.scope === 'read' && !['GET', 'HEAD'].includes(request.method)) {
    return {
      ok: false,
      response: HttpResponse.json<ApiErrorBody>(
        { code: 'insufficient-scope', message: 'A preview token may only read' },
        { status: 403, headers: { 'WWW-Authenticate': 'Bearer realm="vneid", error="insufficient_scope"' } },
      ),
    };
  }
  return { ok: true, citizen: { personaId: token.personaId, soDinhDanh: token.soDinhDanh, accessToken, issuedAt: token.issuedAt } };
}
