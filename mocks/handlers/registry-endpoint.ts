import { http, HttpResponse, type DefaultBodyType, type PathParams } from 'msw';
import type { ApiErrorBody } from '@/lib/api-contract/errors';
import { requireCitizen, type Citizen } from '../auth/require-citizen';
import { applyFault, type FaultSource } from '../faults';
import { mockLatency } from '../latency';
import { apiPath } from './api-path';
import { errorResponse } from './error-response';
import { getSyntheticRegistry, type SyntheticRegistry } from '../data/synthetic';

/**
 * Extra time each national database takes on top of the portal's own latency: every call goes
 * through the data exchange platform (NDXP/LGSP), and the land and social-insurance systems are
 * the slowest to answer. Only added when mock latency is on.
 */
const sourceLatencyMs: Record<Exclude<FaultSource, 'vneid' | 'ho-so' | 'ban-nhap'>, number> = {
  'dan-cu': 250,
  'ho-tich': 200,
  'y-te': 150,
  bhxh: 300,
  dkkd: 200,
  'dat-dai': 400,
  gplx: 200,
  /** The portal's own store: no exchange platform in between. */
  'kho-du-lieu': 100,
};
export type RegistrySource = keyof typeof sourceLatencyMs;

export interface RegistryCall<P> {
  citizen: Citizen;
  params: P;
  request: Request;
  registry: SyntheticRegistry;
}

/** What an endpoint answers: its record, or an error in the API's shape. */
type Answer<T extends DefaultBodyType> = HttpResponse<T> | HttpResponse<ApiErrorBody>;

/**
 * A `GET` on a national database, as the portal reaches it: latency, then the gateway checks
 * the bearer token (401), then the database itself may be down, hanging or slow (fault
 * switches), then `answer` authorises and reads the synthetic population.
 */
export function registryGet<T extends DefaultBodyType, P extends PathParams = PathParams>(
  source: RegistrySource,
  path: string,
  answer: (call: RegistryCall<P>) => Answer<T> | Promise<Answer<T>>,
) {
  return http.get<P>(apiPath(path), async ({ request, params }): Promise<Response> => {
    await mockLatency(sourceLatencyMs[source]);
    const check = await requireCitizen(request);
    if (!check.ok) return check.response;
    const fault = await applyFault(source);
    if (fault) return fault;
    return answer({ citizen: check.citizen, params, request, registry: getSyntheticRegistry() });
  });
}

/** A record of the citizen's, never cached by the browser or a proxy. */
export const personalData = <T extends DefaultBodyType>(body: T): HttpResponse<T> =>
  HttpResponse.json<T>(body, { headers: { 'Cache-Control': 'no-store' } });

/** The record the citizen asked for, or 404 `not-found` when the database holds none. */
export const recordOrNotFound = <T extends DefaultBodyType>(record: T | undefined, what: string): Answer<T> =>
  record === undefined ? errorResponse(404, 'not-found', `No ${what} for this citizen`) : personalData(record);
