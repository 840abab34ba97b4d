import type { DefaultBodyType, HttpResponseResolver, PathParams } from 'msw';
import type { z } from '@/lib/zod';
import { requireRole } from '../auth/require-role';
import { getSyntheticRegistry } from '../data/synthetic';
import { mockLatency } from '../latency';
import { errorResponse, toIssues } from './error-response';
import { readJson } from './read-json';

/** The author a request acts for: the name drafts and versions record ("savedBy", "publishedBy"). */
export interface Author {
  personaId: string;
  name: string;
}

export interface AuthorRequest<P> {
  params: P;
  request: Request;
  author: Author;
}

/**
 * Wraps an authoring endpoint: realistic latency, then the `author` role (401 without a live
 * token, 403 for an account without the role), before the endpoint sees the request. One place,
 * so no authoring endpoint can forget the check.
 */
export function authorOnly<P extends PathParams>(
  resolve: (input: AuthorRequest<P>) => Promise<Response>,
): HttpResponseResolver<P, DefaultBodyType, undefined> {
  return async ({ params, request }) => {
    await mockLatency();
    const check = await requireRole(request, 'author');
    if (!check.ok) return check.response;
    const { personaId, soDinhDanh } = check.citizen;
    const name = getSyntheticRegistry().person(soDinhDanh)?.hoTen ?? personaId;
    return resolve({ params, request, author: { personaId, name } });
  };
}

/** The JSON body checked against `schema`, or the 400 to answer. */
export async function parseBody<T>(
  request: Request,
  schema: z.ZodMiniType<T>,
): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  const json = await readJson(request);
  if (!json.ok) return { ok: false, response: errorResponse(400, 'invalid-json', 'The request body is not JSON') };
  const parsed = schema.safeParse(json.body);
  if (!parsed.success) {
    return { ok: false, response: errorResponse(400, 'invalid-request', 'The request does not match the contract', toIssues(parsed.error)) };
  }
  return { ok: true, data: parsed.data };
}
