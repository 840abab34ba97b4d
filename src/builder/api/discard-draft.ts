import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from '@/lib/zod';
import { apiRequest } from '@/lib/api-client';
import { authoringDraftPath } from '@/lib/api-contract/authoring';
import { syncDraft } from './draft-cache';

/** `DELETE /authoring/forms/:id/draft`: drops the unpublished work; published versions are untouched. */
export const discardDraft = async (formId: string): Promise<void> => {
  await apiRequest(authoringDraftPath(formId), { method: 'DELETE', schema: z.unknown() });
};

export function useDiscardDraft(formId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => discardDraft(formId),
    onSuccess: () => syncDraft(queryClient, formId, null),
  });
}
