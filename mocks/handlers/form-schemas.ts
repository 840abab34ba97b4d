import { http, HttpResponse, type DefaultBodyType } from 'msw';
import { formsPath, type FormList, type FormSummary } from '@/lib/api-contract/forms';
import type { PublishableForm } from '../data/forms/published-form';
import { findPublishedForm, latestPublishedForms } from '../db/published-forms';
import { mockLatency } from '../latency';
import { apiPath } from './api-path';
import { errorResponse, type OrError } from './error-response';

const toSummary = (form: PublishableForm): FormSummary => ({
  id: form.id,
  version: form.version,
  title: form.title,
  procedure: form.procedure,
});

/** The procedure catalogue's published e-forms: the list, and one form schema by id. */
export const formSchemaHandlers = [
  http.get(apiPath(formsPath), async () => {
    await mockLatency();
    return HttpResponse.json<FormList>({ forms: (await latestPublishedForms()).map(toSummary) });
  }),

  http.get<{ id: string }, DefaultBodyType, OrError<PublishableForm>>(apiPath(`${formsPath}/:id`), async ({ params, request }) => {
    await mockLatency();
    const { id } = params;
    const versionParam = new URL(request.url).searchParams.get('version');
    const version = versionParam === null ? undefined : Number(versionParam);
    if (version !== undefined && !(Number.isInteger(version) && version >= 1)) {
      return errorResponse(400, 'invalid-version', `"${versionParam}" is not a form version`);
    }
    const form = await findPublishedForm(id, version);
    if (!form) {
      const what = version === undefined ? `form "${id}"` : `version ${version} of form "${id}"`;
      return errorResponse(404, 'form-not-found', `No published ${what}`);
    }
    return HttpResponse.json(form);
  }),
];
