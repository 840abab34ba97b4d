import { z } from '@/lib/zod';
import * as authoring from './authoring';
import type { Endpoint } from './openapi-endpoint';

const formPath = `${authoring.authoringFormsPath}/{id}`;
const role = 'role author (401 without a token, 403 without the role)';

/** The departments' side of the form-schemas API, for the OpenAPI document. */
export const authoringEndpoints: Endpoint[] = [
  { method: 'get', path: authoring.authoringFormsPath, tag: 'authoring', summary: `Every form with its published versions (oldest first) and its draft: ${role}`, response: authoring.authoringFormListSchema, auth: true },
  {
    method: 'post', path: authoring.authoringFormsPath, tag: 'authoring', summary: 'Create a form: its first draft, revision 1 (409 form-exists when the id is taken)',
    request: authoring.createFormRequestSchema, response: authoring.authoringDraftSchema, status: 201, auth: true,
  },
  { method: 'get', path: `${formPath}/draft`, tag: 'authoring', summary: "The form's draft (204 when there is none, 404 for an unknown form)", response: authoring.authoringDraftSchema, auth: true, pathParams: ['id'] },
  {
    method: 'put', path: `${formPath}/draft`, tag: 'authoring', summary: 'Save the draft on the revision it builds on (0 first): 409 stale-draft with currentRevision, 400 when document.id is not {id}',
    request: authoring.saveDraftRequestSchema, response: authoring.authoringDraftSchema, auth: true, pathParams: ['id'],
  },
  { method: 'delete', path: `${formPath}/draft`, tag: 'authoring', summary: 'Discard the draft (204)', response: z.null(), status: 204, auth: true, pathParams: ['id'] },
  {
    method: 'post', path: `${formPath}/publish`, tag: 'authoring', summary: 'Publish the draft revision as version latest+1, immutable (409 stale-draft, 422 invalid-form with issues)',
    request: authoring.publishRequestSchema, response: authoring.publishResultSchema, status: 201, auth: true, pathParams: ['id'],
  },
  {
    method: 'post', path: authoring.previewTokensPath, tag: 'authoring', summary: "A test persona's 15-minute access token for the builder's preview (404 unknown-persona)",
    request: authoring.previewTokenRequestSchema, response: authoring.previewTokenSchema, status: 201, auth: true,
  },
];
