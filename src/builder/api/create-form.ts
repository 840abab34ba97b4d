import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '@/lib/api-client';
import { authoringDraftSchema, authoringErrorCodes, authoringFormsPath, type AuthoringDraft } from '@/lib/api-contract/authoring';
import type { FormDocument } from '@/lib/api-contract/forms';
import { syncDraft } from './draft-cache';

/** A new form's first draft, or `exists` when its id is taken (the author picks another); else `ApiError`. */
export type CreateFormResult = { status: 'created'; draft: AuthoringDraft } | { status: 'exists' };

/** `POST /authoring/forms`: a new form, as its first draft (revision 1, never published). */
export async function createForm(document: FormDocument): Promise<CreateFormResult> {
  try {
    const draft = await apiRequest(authoringFormsPath, { method: 'POST', body: { document }, schema: authoringDraftSchema });
    return { status: 'created', draft };
  } catch (error) {
    if (isApiError(error) && error.status === 409 && error.code === authoringErrorCodes.formExists) return { status: 'exists' };
    throw error;
  }
}

export function useCreateForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createForm,
    onSuccess: async (result) => {
      if (result.status === 'created') await syncDraft(queryClient, result.draft.formId, result.draft);
    },
  });
}
