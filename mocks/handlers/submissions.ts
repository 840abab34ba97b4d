import { http, HttpResponse, type DefaultBodyType, type PathParams } from 'msw';
import {
  dossierPath,
  dossiersPath,
  idempotencyKeyHeader,
  idempotencyKeySchema,
  submitDossierRequestSchema,
  type Dossier,
  type DossierList,
  type DossierReceipt,
} from '@/lib/api-contract/dossiers';
import { requireCitizen } from '../auth/require-citizen';
import { dossiers } from '../db/collections';
import { applyFault } from '../faults';
import { mockLatency } from '../latency';
import { apiPath } from './api-path';
import { errorResponse, toIssues, type OrError } from './error-response';
import { fileDossier, toReceipt } from './file-dossier';
import { recordDossierTiming } from './metrics-store';
import { readJson } from './read-json';

/** Dossier reception: `POST /dossiers` (idempotent) and `GET /dossiers/:code`, for the signed-in citizen only. */
export const submissionHandlers = [
  http.post<PathParams, DefaultBodyType, OrError<DossierReceipt>>(apiPath(dossiersPath), async ({ request }) => {
    await mockLatency();
    const check = await requireCitizen(request);
    if (!check.ok) return check.response;
    const fault = await applyFault('ho-so');
    if (fault) return fault;
    const key = request.headers.get(idempotencyKeyHeader);
    if (key === null || key.trim() === '') {
      return errorResponse(400, 'idempotency-key-missing', `The ${idempotencyKeyHeader} header is required`);
    }
    if (!idempotencyKeySchema.safeParse(key).success) {
      return errorResponse(400, 'idempotency-key-invalid', `${idempotencyKeyHeader} must be a UUID`);
    }
    const json = await readJson(request);
    if (!json.ok) return errorResponse(400, 'invalid-json', 'The request body is not JSON');
    const parsed = submitDossierRequestSchema.safeParse(json.body);
    if (!parsed.success) {
      return errorResponse(400, 'invalid-request', 'The submission does not match the contract', toIssues(parsed.error));
    }

    const result = await fileDossier(key, parsed.data, new Date(), check.citizen.soDinhDanh);
    switch (result.kind) {
      case 'unknown-form':
        return errorResponse(
          422,
          'unknown-form',
          `Form "${parsed.data.formId}" version ${parsed.data.formVersion} is not published`,
        );
      case 'key-reused':
        return errorResponse(422, 'idempotency-key-reused', 'This idempotency key was used for a different submission');
      case 'created':
      case 'replayed':
        // The authoritative login→submit, measured on acceptance (a replay keeps the first).
        if (result.kind === 'created') await recordDossierTiming(result.dossier, check.citizen);
        return HttpResponse.json<DossierReceipt>(toReceipt(result.dossier), {
          status: result.kind === 'created' ? 201 : 200,
          headers: {
            Location: apiPath(dossierPath(result.dossier.dossierCode)),
            ...(result.kind === 'replayed' ? { 'Idempotent-Replayed': 'true' } : {}),
          },
        });
    }
  }),

  http.get<PathParams, DefaultBodyType, OrError<DossierList>>(apiPath(dossiersPath), async ({ request }) => {
    await mockLatency();
    const check = await requireCitizen(request);
    if (!check.ok) return check.response;
    const mine = (await dossiers.list())
      .filter((dossier) => dossier.owner === check.citizen.soDinhDanh)
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
      .map((dossier) => ({ ...toReceipt(dossier), formTitle: dossier.formTitle }));
    return HttpResponse.json<DossierList>({ dossiers: mine }, { headers: { 'Cache-Control': 'no-store' } });
  }),

  http.get<{ code: string }, DefaultBodyType, OrError<Dossier>>(apiPath(`${dossiersPath}/:code`), async ({ params, request }) => {
    await mockLatency();
    const check = await requireCitizen(request);
    if (!check.ok) return check.response;
    const { code } = params;
    const stored = await dossiers.get(code);
    // Someone else's dossier is not found, not forbidden: its existence is not disclosed either.
    if (!stored || stored.owner !== check.citizen.soDinhDanh) return errorResponse(404, 'dossier-not-found', `No dossier "${code}"`);
    const { submittedAt: _clientClock, owner: _owner, ...dossier } = stored;
    return HttpResponse.json<Dossier>(dossier);
  }),
];
