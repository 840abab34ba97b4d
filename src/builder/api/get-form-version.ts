import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { formDocumentSchema, formPath, type FormDocument } from '@/lib/api-contract/forms';
import { authoringKeys } from './query-keys';

/**
 * `GET /forms/:id?version=N`: one published version's document as the server keeps it, not parsed
 * by the registry (the diff compares what authors wrote, not defaults the registry fills in).
 */
export const fetchFormVersion = (formId: string, version: number, signal?: AbortSignal): Promise<FormDocument> =>
  apiRequest(`${formPath(formId)}?version=${version}`, { schema: formDocumentSchema, signal });

/** Published versions are immutable, so one read is good for the session. */
export const formVersionQueryOptions = (formId: string, version: number) =>
  queryOptions({
    queryKey: authoringKeys.version(formId, version),
    queryFn: ({ signal }) => fetchFormVersion(formId, version, signal),
    staleTime: Infinity,
  });

/** The version to diff against; idle while none is chosen (a form never published has none). */
export const useFormVersion = (formId: string, version: number | null) =>
  useQuery({ ...formVersionQueryOptions(formId, version ?? 0), enabled: version !== null });
