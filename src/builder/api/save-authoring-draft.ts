import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { authoringDraftPath, authoringDraftSchema, type AuthoringDraft, type SaveDraftRequest } from '@/lib/api-contract/authoring';
import { syncDraft } from './draft-cache';
import { isStaleDraftError, staleDraft, type StaleDraft } from './stale-draft';

/** A save either lands as the next revision or finds the draft moved on; other failures throw `ApiError`. */
export type SaveDraftResult = { status: 'saved'; draft: AuthoringDraft } | StaleDraft;

/**
 * `PUT /authoring/forms/:id/draft` on the revision the author's copy builds on (0 for the first
 * save). A conflict is an expected outcome of autosave with two authors, so it is a typed result,
 * not an exception.
 */
export async function saveAuthoringDraft(formId: string, request: SaveDraftRequest): Promise<SaveDraftResult> {
  try {
    const draft = await apiRequest(authoringDraftPath(formId), { method: 'PUT', body: request, schema: authoringDraftSchema });
    return { status: 'saved', draft };
  } catch (error) {
    if (isStaleDraftError(error)) return staleDraft(formId);
    throw error;
  }
}

/** Saves and keeps the cached draft and the forms list in step with the server. */
export function useSaveAuthoringDraft(formId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SaveDraftRequest) => saveAuthoringDraft(formId, request),
    onSuccess: (result) => syncDraft(queryClient, formId, result.status === 'saved' ? result.draft : result.current),
  });
}
