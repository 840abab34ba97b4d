import { http, HttpResponse, type DefaultBodyType, type PathParams } from 'msw';
import type { draftListSchema} from '@/lib/api-contract/drafts';
import { draftSchema, draftsPath, type Draft, type DraftSummary } from '@/lib/api-contract/drafts';
import type { z } from '@/lib/zod';
import { requireCitizen } from '../auth/require-citizen';
import { drafts, type StoredDraft } from '../db/collections';
import { findPublishedForm } from '../db/published-forms';
import { applyFault } from '../faults';
import { mockLatency } from '../latency';
import { apiPath } from './api-path';
import { errorResponse, toIssues, type OrError } from './error-response';
import { readJson } from './read-json';

const key = (owner: string, formId: string) => `${owner}:${formId}`;
const withoutOwner = ({ owner: _owner, ...draft }: StoredDraft): Draft => draft;
const noStore = { 'Cache-Control': 'no-store' };

/**
 * Drafts, as the portal keeps them for a signed-in citizen: one per form, read and written only
 * by their owner. A save older than the stored one is refused (409), so a slow request from an
 * earlier keystroke, or a stale second tab, never overwrites newer answers.
 */
export const draftHandlers = [
  http.get<PathParams, DefaultBodyType, OrError<z.infer<typeof draftListSchema>>>(apiPath(draftsPath), async ({ request }) => {
    await mockLatency();
    const check = await requireCitizen(request);
    if (!check.ok) return check.response;
    const mine = (await drafts.list()).filter((draft) => draft.owner === check.citizen.soDinhDanh && !draft.dossierCode);
    const summaries: DraftSummary[] = [];
    for (const draft of mine.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))) {
      const form = await findPublishedForm(draft.formId, draft.formVersion);
      if (form) summaries.push({ formId: draft.formId, formVersion: draft.formVersion, pageId: draft.pageId, updatedAt: draft.updatedAt, formTitle: form.procedure.name });
    }
    return HttpResponse.json({ drafts: summaries }, { headers: noStore });
  }),

  http.get<{ formId: string }, DefaultBodyType, OrError<Draft> | null>(apiPath(`${draftsPath}/:formId`), async ({ params, request }) => {
    await mockLatency();
    const check = await requireCitizen(request);
    if (!check.ok) return check.response;
    const draft = await drafts.get(key(check.citizen.soDinhDanh, params.formId));
    // No draft is the usual case, not an error: 204, which browsers do not log as a failure.
    if (!draft) return new HttpResponse(null, { status: 204, headers: noStore });
    return HttpResponse.json<Draft>(withoutOwner(draft), { headers: noStore });
  }),

  http.put<{ formId: string }, DefaultBodyType, OrError<Draft>>(apiPath(`${draftsPath}/:formId`), async ({ params, request }) => {
    await mockLatency();
    const check = await requireCitizen(request);
    if (!check.ok) return check.response;
    const fault = await applyFault('ban-nhap');
    if (fault) return fault;
    const json = await readJson(request);
    const parsed = draftSchema.safeParse(json.ok ? json.body : undefined);
    if (!parsed.success) return errorResponse(400, 'invalid-request', 'The draft does not match the contract', toIssues(parsed.error));
    if (parsed.data.formId !== params.formId) return errorResponse(400, 'form-mismatch', 'The draft belongs to another form');
    if (!(await findPublishedForm(parsed.data.formId, parsed.data.formVersion))) {
      return errorResponse(422, 'unknown-form', `Form "${parsed.data.formId}" version ${parsed.data.formVersion} is not published`);
    }
    const id = key(check.citizen.soDinhDanh, params.formId);
    let stale = false;
    const saved = await drafts.update(id, (current) => {
      if (current && current.updatedAt > parsed.data.updatedAt) {
        stale = true;
        return current;
      }
      return { ...parsed.data, owner: check.citizen.soDinhDanh };
    });
    if (stale) return errorResponse(409, 'draft-stale', 'A newer version of this draft is already saved');
    return HttpResponse.json<Draft>(withoutOwner(saved), { headers: noStore });
  }),

  http.delete<{ formId: string }>(apiPath(`${draftsPath}/:formId`), async ({ params, request }) => {
    await mockLatency();
    const check = await requireCitizen(request);
    if (!check.ok) return check.response;
    await drafts.remove(key(check.citizen.soDinhDanh, params.formId));
    return new HttpResponse(null, { status: 204 });
  }),
];
