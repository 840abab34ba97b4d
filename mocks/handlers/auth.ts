import { http, HttpResponse, type DefaultBodyType, type PathParams } from 'msw';
import {
  authorizePath,
  authorizeRequestSchema,
  personasPath,
  tokenPath,
  tokenRequestSchema,
  type PersonaSummary,
  type TokenResponse,
} from '@/lib/api-contract/identity';
import { exchangeAuthCode, issueAuthCode, type Exchange } from '../auth/tokens';
import { applyFault } from '../faults';
import { isAllowedRedirectUri } from '../identity-provider/redirect-uri';
import { mockLatency } from '../latency';
import { apiPath } from './api-path';
import { vietnamIsoString } from './dossier-code';
import { errorResponse, toIssues, type OrError } from './error-response';
import { readJson } from './read-json';
import { getSyntheticRegistry } from '../data/synthetic';

type AuthorizeResponse = { code: string; state: string };

const grantFailures: Record<Extract<Exchange, { ok: false }>['reason'], string> = {
  unknown: 'The authorization code is unknown',
  expired: 'The authorization code has expired',
  reused: 'The authorization code was already used; the token it gave is revoked',
  'redirect-mismatch': 'redirectUri differs from the one the code was issued for',
};

/** What the provider's own pages need: no token, and no store (personal data). */
const noStore = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

/**
 * The mock national identity provider (VNeID-like), OAuth 2.0 authorization-code flow: its test
 * accounts, the sign-in (a one-time code for a persona) and the code-for-token exchange.
 * User info and logout are in `userinfo.ts`.
 */
export const authHandlers = [
  http.get<PathParams, DefaultBodyType, OrError<{ personas: PersonaSummary[] }>>(apiPath(personasPath), async () => {
    await mockLatency();
    const fault = await applyFault('vneid');
    if (fault) return fault;
    const registry = getSyntheticRegistry();
    const personas = registry.personas.flatMap((persona): PersonaSummary[] => {
      const person = registry.person(persona.soDinhDanh);
      if (!person) return [];
      const { id, soDinhDanh, ial, story } = persona;
      return [{ id, hoVaTen: person.hoTen, soDinhDanh, ial, story }];
    });
    return HttpResponse.json({ personas }, { headers: noStore });
  }),

  http.post<PathParams, DefaultBodyType, OrError<AuthorizeResponse>>(apiPath(authorizePath), async ({ request }) => {
    await mockLatency();
    const fault = await applyFault('vneid');
    if (fault) return fault;
    const json = await readJson(request);
    if (!json.ok) return errorResponse(400, 'invalid-json', 'The request body is not JSON');
    const parsed = authorizeRequestSchema.safeParse(json.body);
    if (!parsed.success) {
      return errorResponse(400, 'invalid-request', 'The sign-in request does not match the contract', toIssues(parsed.error));
    }
    const { persona: personaId, clientId, redirectUri, state } = parsed.data;
    const persona = getSyntheticRegistry().personas.find((candidate) => candidate.id === personaId);
    if (!persona) return errorResponse(400, 'unknown-persona', `No test account "${personaId}"`);
    if (!isAllowedRedirectUri(redirectUri, new URL(request.url).origin)) {
      return errorResponse(400, 'invalid-redirect-uri', 'redirectUri must be an http(s) URL of the portal');
    }
    const subject = { personaId: persona.id, soDinhDanh: persona.soDinhDanh };
    const code = await issueAuthCode(subject, clientId, redirectUri, Date.now());
    return HttpResponse.json({ code, state }, { headers: noStore });
  }),

  http.post<PathParams, DefaultBodyType, OrError<TokenResponse>>(apiPath(tokenPath), async ({ request }) => {
    await mockLatency();
    const fault = await applyFault('vneid');
    if (fault) return fault;
    const json = await readJson(request);
    if (!json.ok) return errorResponse(400, 'invalid_request', 'The request body is not JSON');
    const parsed = tokenRequestSchema.safeParse(json.body);
    if (!parsed.success) {
      return errorResponse(400, 'invalid_request', 'The token request does not match the contract', toIssues(parsed.error));
    }
    const now = Date.now();
    const result = await exchangeAuthCode(parsed.data.code, parsed.data.redirectUri, now);
    if (!result.ok) return errorResponse(400, 'invalid_grant', grantFailures[result.reason]);
    const { accessToken, token } = result;
    return HttpResponse.json<TokenResponse>(
      {
        accessToken,
        tokenType: 'Bearer',
        expiresIn: Math.round((token.expiresAt - token.issuedAt) / 1000),
        issuedAt: vietnamIsoString(new Date(token.issuedAt)),
      },
      { headers: noStore },
    );
  }),
];
