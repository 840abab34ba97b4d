import { http, HttpResponse, type DefaultBodyType } from 'msw';
import { dossierRatingSchema, rateDossierRequestSchema, type DossierRating } from '@/lib/api-contract/ratings';
import { requireCitizen } from '../auth/require-citizen';
import { dossiers, type StoredDossier } from '../db/collections';
import { ratings, type StoredRating } from '../db/metrics-collections';
import { mockLatency } from '../latency';
import { apiPath } from './api-path';
import { vietnamIsoString } from './dossier-code';
import { errorResponse, toIssues, type OrError } from './error-response';
import { readJson } from './read-json';

/**
 * A rating can change until the result is returned. Every mocked dossier stays `received` for
 * now; once the one-stop system returns results, their status ends the window.
 */
const resultReturned = (dossier: StoredDossier): boolean => (dossier.status as string) === 'returned';

const toRating = ({ owner: _owner, personaId: _persona, formId: _form, procedureCode: _code, sample: _sample, ...rating }: StoredRating, dossier: StoredDossier): DossierRating =>
  dossierRatingSchema.parse({ ...rating, changeable: !resultReturned(dossier) });

const ratingRoute = apiPath('/dossiers/:code/rating');

/** `GET`/`PUT /dossiers/:code/rating`: the dossier owner's one rating of it. */
export const ratingHandlers = [
  http.get<{ code: string }, DefaultBodyType, OrError<DossierRating> | null>(ratingRoute, async ({ params, request }) => {
    await mockLatency();
    const check = await requireCitizen(request);
    if (!check.ok) return check.response;
    const dossier = await dossiers.get(params.code);
    if (!dossier || dossier.owner !== check.citizen.soDinhDanh) return errorResponse(404, 'dossier-not-found', `No dossier "${params.code}"`);
    const rating = await ratings.get(params.code);
    // Not rated yet is the usual case, not an error: 204, which browsers do not log as a failure.
    if (!rating) return new HttpResponse(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
    return HttpResponse.json<DossierRating>(toRating(rating, dossier));
  }),

  http.put<{ code: string }, DefaultBodyType, OrError<DossierRating>>(ratingRoute, async ({ params, request }) => {
    await mockLatency();
    const check = await requireCitizen(request);
    if (!check.ok) return check.response;
    const dossier = await dossiers.get(params.code);
    // Someone else's dossier is not found: its existence is not disclosed.
    if (!dossier || dossier.owner !== check.citizen.soDinhDanh) return errorResponse(404, 'dossier-not-found', `No dossier "${params.code}"`);
    if (resultReturned(dossier)) return errorResponse(409, 'rating-locked', 'The result has been returned: the rating can no longer change');
    const json = await readJson(request);
    if (!json.ok) return errorResponse(400, 'invalid-json', 'The request body is not JSON');
    const parsed = rateDossierRequestSchema.safeParse(json.body);
    if (!parsed.success) return errorResponse(400, 'invalid-request', 'The rating does not match the contract', toIssues(parsed.error));
    const previous = await ratings.get(params.code);
    const now = vietnamIsoString(new Date());
    const { reason, ...answers } = parsed.data;
    const stored: StoredRating = {
      dossierCode: dossier.dossierCode,
      owner: dossier.owner,
      personaId: check.citizen.personaId,
      formId: dossier.formId,
      procedureCode: dossier.procedureCode,
      ...answers,
      // A reason belongs to dissatisfaction; a changed mind drops it.
      ...(answers.level === 'khong-hai-long' && reason ? { reason } : {}),
      ratedAt: previous?.ratedAt ?? now,
      updatedAt: now,
      sample: false,
    };
    await ratings.put(dossier.dossierCode, stored);
    return HttpResponse.json<DossierRating>(toRating(stored, dossier), { status: previous ? 200 : 201 });
  }),
];
