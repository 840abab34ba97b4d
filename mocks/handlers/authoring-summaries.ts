import { z } from '@/lib/zod';
import type { AuthoringDraft, AuthoringFormSummary, DraftState } from '@/lib/api-contract/authoring';
import { localizedTextSchema } from '@/schema/localized-text';
import { authoringDrafts } from '../db/authoring-drafts';
import { latestPublishedForms, publishedVersionsOf } from '../db/published-forms';

/** The draft's state without its document: what a list shows. */
const draftState = ({ revision, savedAt, savedBy, baseVersion }: AuthoringDraft): DraftState => ({
  revision,
  savedAt,
  savedBy,
  baseVersion,
});

/** What a draft's document may say of itself so far: anything missing or malformed reads as absent. */
const draftEnvelopeSchema = z.object({
  title: z.catch(z.optional(localizedTextSchema), undefined),
  procedure: z.catch(z.optional(z.object({ code: z.string() })), undefined),
});

/** A draft-only form is listed by what its (possibly incomplete) document says so far, else by its id. */
function draftEnvelope(draft: AuthoringDraft): Pick<AuthoringFormSummary, 'title' | 'procedureCode'> {
  const { title, procedure } = draftEnvelopeSchema.parse(draft.document);
  return { title: title ?? { vi: draft.formId }, procedureCode: procedure?.code ?? '' };
}

/**
 * `GET /authoring/forms`: published forms first (in publication order, named by their latest
 * version, which is what citizens see), then forms that exist only as a draft, newest first.
 */
export async function authoringFormSummaries(): Promise<AuthoringFormSummary[]> {
  const drafts = new Map((await authoringDrafts.list()).map((draft) => [draft.formId, draft]));
  const published = await latestPublishedForms();
  const publishedIds = new Set(published.map((form) => form.id));
  const fromPublished = published.map(async (form): Promise<AuthoringFormSummary> => {
    const draft = drafts.get(form.id);
    return {
      id: form.id,
      title: form.title,
      procedureCode: form.procedure.code,
      versions: await publishedVersionsOf(form.id),
      draft: draft ? draftState(draft) : null,
    };
  });
  const draftOnly = [...drafts.values()]
    .filter((draft) => !publishedIds.has(draft.formId))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
    .map((draft): AuthoringFormSummary => ({ id: draft.formId, ...draftEnvelope(draft), versions: [], draft: draftState(draft) }));
  return [...(await Promise.all(fromPublished)), ...draftOnly];
}
