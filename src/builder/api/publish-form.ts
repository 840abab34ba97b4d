import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError, type ApiErrorIssue } from '@/lib/api-client';
import { authoringErrorCodes, authoringPublishPath, publishResultSchema, type PublishResult } from '@/lib/api-contract/authoring';
import { syncDraft } from './draft-cache';
import { isStaleDraftError, staleDraft, type StaleDraft } from './stale-draft';

/**
 * What publishing can come to: a new version; a document the server refuses (422), with the path
 * of each problem so the builder points at the field; or a draft that moved on since the author
 * looked (409). Anything else (network, 5xx) throws `ApiError`.
 */
export type PublishOutcome =
  | { status: 'published'; result: PublishResult }
  | { status: 'invalid'; issues: readonly ApiErrorIssue[] }
  | StaleDraft;

/** `POST /authoring/forms/:id/publish` for the draft revision the author reviewed. */
export async function publishForm(formId: string, revision: number): Promise<PublishOutcome> {
  try {
    const result = await apiRequest(authoringPublishPath(formId), { method: 'POST', body: { revision }, schema: publishResultSchema });
    return { status: 'published', result };
  } catch (error) {
    if (isApiError(error) && error.status === 422 && error.code === authoringErrorCodes.invalidForm) {
      return { status: 'invalid', issues: error.issues };
    }
    if (isStaleDraftError(error)) return staleDraft(formId);
    throw error;
  }
}

/** Publishes; on success the draft is gone and the list gains a version. */
export function usePublishForm(formId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (revision: number) => publishForm(formId, revision),
    onSuccess: async (outcome) => {
      if (outcome.status !== 'invalid') await syncDraft(queryClient, formId, outcome.status === 'published' ? null : outcome.current);
    },
  });
}
