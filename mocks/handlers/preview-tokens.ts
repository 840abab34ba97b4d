import { http, HttpResponse } from 'msw';
import {
  authoringErrorCodes,
  previewTokenLifetimeSeconds,
  previewTokenRequestSchema,
  previewTokensPath,
  type PreviewToken,
} from '@/lib/api-contract/authoring';
import { issueAccessToken } from '../auth/tokens';
import { getSyntheticRegistry } from '../data/synthetic';
import { apiPath } from './api-path';
import { authorOnly, parseBody } from './author-request';
import { vietnamIsoString } from './dossier-code';
import { errorResponse } from './error-response';

/**
 * `POST /authoring/preview-tokens`: an author previews a form as a test persona would fill it, auto-
 * fill included, so the builder gets a real, short-lived (15 min) access token of that persona and
 * reads their registry records with it, through the same endpoints and checks as the citizen.
 * Only the synthetic personas exist here; a real deployment would issue tokens of the identity
 * provider's staging test identities, never of real citizens.
 */
export const previewTokenHandler = http.post(
  apiPath(previewTokensPath),
  authorOnly(async ({ request }) => {
    const body = await parseBody(request, previewTokenRequestSchema);
    if (!body.ok) return body.response;
    const registry = getSyntheticRegistry();
    const persona = registry.personas.find((candidate) => candidate.id === body.data.persona);
    const person = persona && registry.person(persona.soDinhDanh);
    if (!persona || !person) return errorResponse(404, authoringErrorCodes.unknownPersona, `No test persona "${body.data.persona}"`);
    const { accessToken, token } = await issueAccessToken(
      { personaId: persona.id, soDinhDanh: persona.soDinhDanh },
      previewTokenLifetimeSeconds * 1000,
      Date.now(),
      // The author previews what the persona would see; filing, paying or saving as them is refused.
      'read',
    );
    return HttpResponse.json<PreviewToken>(
      { accessToken, expiresAt: vietnamIsoString(new Date(token.expiresAt)), persona: { id: persona.id, name: person.hoTen } },
      { status: 201, headers: { 'Cache-Control': 'no-store' } },
    );
  }),
);
