import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from '@/lib/zod';
import { apiRequest } from '@/lib/api-client';
import { authoringDraftPath, authoringDraftSchema, type AuthoringDraft } from '@/lib/api-contract/authoring';
import { authoringKeys } from './query-keys';

/** `GET /authoring/forms/:id/draft`: the form's draft, or `null` when it has none (204). */
export const fetchAuthoringDraft = async (formId: string, signal?: AbortSignal): Promise<AuthoringDraft | null> =>
  (await apiRequest(authoringDraftPath(formId), { schema: z.optional(authoringDraftSchema), signal })) ?? null;

/**
 * Read once when the builder opens a form, not again on focus or reconnect: from then on the
 * builder's own state is the working copy, and a colleague's save shows up as a stale revision
 * on the next save rather than silently replacing what the author sees.
 */
export const authoringDraftQueryOptions = (formId: string) =>
  queryOptions({
    queryKey: authoringKeys.draft(formId),
    queryFn: ({ signal }) => fetchAuthoringDraft(formId, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export const useAuthoringDraft = (formId: string) => useQuery(authoringDraftQueryOptions(formId));
