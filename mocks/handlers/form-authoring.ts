import { http, HttpResponse } from 'msw';
import {
  authoringErrorCodes,
  authoringFormsPath,
  createFormRequestSchema,
  publishRequestSchema,
  saveDraftRequestSchema,
  type AuthoringDraft,
  type AuthoringFormList,
  type PublishResult,
  type StaleDraftError,
} from '@/lib/api-contract/authoring';
import type { FormDocument } from '@/lib/api-contract/forms';
import { authoringDrafts } from '../db/authoring-drafts';
import { createLock } from '../db/lock';
import { findPublishedForm, publishNextVersion } from '../db/published-forms';
import { apiPath } from './api-path';
import { authorOnly, parseBody, type Author } from './author-request';
import { checkPublishable } from './authoring-publish';
import { authoringFormSummaries } from './authoring-summaries';
import { vietnamIsoString } from './dossier-code';
import { errorResponse } from './error-response';
import { previewTokenHandler } from './preview-tokens';

type FormParams = { id: string };
// Route patterns: the contract's path builders would encode the `:` of a route parameter.
const draftRoute = `${authoringFormsPath}/:id/draft`;
const publishRoute = `${authoringFormsPath}/:id/publish`;
const noStore = { 'Cache-Control': 'no-store' };
const json = <T extends object>(body: T, status = 200) => HttpResponse.json<T>(body, { status, headers: noStore });
const notFound = (id: string) => errorResponse(404, authoringErrorCodes.formNotFound, `No form "${id}" (create it with POST ${authoringFormsPath})`);
const stale = (currentRevision: number) =>
  HttpResponse.json<StaleDraftError>(
    {
      code: authoringErrorCodes.staleDraft,
      message: currentRevision === 0 ? 'There is no draft any more' : `The draft is at revision ${currentRevision}; reload it`,
      currentRevision,
    },
    { status: 409 },
  );

const newRevision = (
  document: FormDocument,
  author: Author,
  revision: number,
  baseVersion: number | null,
): AuthoringDraft => ({ formId: document.id, document, revision, savedAt: vietnamIsoString(new Date()), savedBy: author.name, baseVersion });

/**
 * Every check-then-write of the authoring API runs alone, as a backend's transaction would: two
 * saves on the same revision cannot both win, a publish cannot take a number another just took.
 */
const serialised = createLock();

/**
 * The departments' side of the form-schemas API (role `author`): the forms with their versions,
 * one shared draft per form guarded by revisions, publishing as a new immutable version, and
 * creating a form. Drafts are kept in the mock DB, so they survive a reload like a server's.
 */
export const formAuthoringHandlers = [
  http.get(apiPath(authoringFormsPath), authorOnly(async () => json<AuthoringFormList>({ forms: await authoringFormSummaries() }))),

  http.post(
    apiPath(authoringFormsPath),
    authorOnly(async ({ request, author }) => {
      const body = await parseBody(request, createFormRequestSchema);
      if (!body.ok) return body.response;
      const { document } = body.data;
      return serialised(async () => {
        if ((await findPublishedForm(document.id)) || (await authoringDrafts.get(document.id))) {
          return errorResponse(409, authoringErrorCodes.formExists, `A form "${document.id}" already exists`);
        }
        const draft = newRevision(document, author, 1, null);
        await authoringDrafts.put(draft.formId, draft);
        return json(draft, 201);
      });
    }),
  ),

  http.get(
    apiPath(draftRoute),
    authorOnly<FormParams>(async ({ params }) => {
      const draft = await authoringDrafts.get(params.id);
      if (draft) return json(draft);
      if (!(await findPublishedForm(params.id))) return notFound(params.id);
      // No draft is the usual state of a published form, not an error.
      return new HttpResponse(null, { status: 204, headers: noStore });
    }),
  ),

  http.put(
    apiPath(draftRoute),
    authorOnly<FormParams>(async ({ params, request, author }) => {
      const body = await parseBody(request, saveDraftRequestSchema);
      if (!body.ok) return body.response;
      const { revision, document } = body.data;
      if (document.id !== params.id) {
        return errorResponse(400, authoringErrorCodes.formMismatch, `The document is form "${document.id}", not "${params.id}"`);
      }
      return serialised(async () => {
        const current = await authoringDrafts.get(params.id);
        const latest = current ? undefined : await findPublishedForm(params.id);
        if (!current && !latest) return notFound(params.id);
        if (revision !== (current?.revision ?? 0)) return stale(current?.revision ?? 0);
        const baseVersion = current ? current.baseVersion : (latest?.version ?? null);
        const draft = newRevision(document, author, revision + 1, baseVersion);
        await authoringDrafts.put(draft.formId, draft);
        return json(draft);
      });
    }),
  ),

  http.delete(
    apiPath(draftRoute),
    authorOnly<FormParams>(({ params }) =>
      serialised(async () => {
        if (!(await authoringDrafts.get(params.id)) && !(await findPublishedForm(params.id))) return notFound(params.id);
        await authoringDrafts.remove(params.id);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ),

  http.post(
    apiPath(publishRoute),
    authorOnly<FormParams>(async ({ params, request, author }) => {
      const body = await parseBody(request, publishRequestSchema);
      if (!body.ok) return body.response;
      return serialised(async () => {
        const draft = await authoringDrafts.get(params.id);
        if (!draft && !(await findPublishedForm(params.id))) return notFound(params.id);
        if (!draft || draft.revision !== body.data.revision) return stale(draft?.revision ?? 0);
        const checked = checkPublishable(draft);
        if (!checked.ok) {
          return errorResponse(422, authoringErrorCodes.invalidForm, 'The form cannot be published as it is', checked.issues);
        }
        const version = await publishNextVersion(checked.form, { publishedAt: vietnamIsoString(new Date()), publishedBy: author.name });
        await authoringDrafts.remove(params.id);
        return json<PublishResult>({ formId: params.id, ...version }, 201);
      });
    }),
  ),

  previewTokenHandler,
];
