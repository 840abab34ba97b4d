import type { QueryClient } from '@tanstack/react-query';
import type { AuthoringDraft } from '@/lib/api-contract/authoring';
import { authoringKeys } from './query-keys';

/**
 * After any authoring write: the cached draft becomes what the server now holds (`null`: none),
 * and the forms list, whose draft state and versions it changed, is read again.
 */
export async function syncDraft(queryClient: QueryClient, formId: string, draft: AuthoringDraft | null): Promise<void> {
  queryClient.setQueryData(authoringKeys.draft(formId), draft);
  await queryClient.invalidateQueries({ queryKey: authoringKeys.forms() });
}
