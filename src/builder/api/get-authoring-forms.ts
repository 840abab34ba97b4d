import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { authoringFormListSchema, authoringFormsPath, type AuthoringFormList } from '@/lib/api-contract/authoring';
import { authoringKeys } from './query-keys';

/** `GET /authoring/forms`: every form of the department with its versions and draft state. */
export const fetchAuthoringForms = (signal?: AbortSignal): Promise<AuthoringFormList> =>
  apiRequest(authoringFormsPath, { schema: authoringFormListSchema, signal });

export const authoringFormsQueryOptions = () =>
  queryOptions({ queryKey: authoringKeys.forms(), queryFn: ({ signal }) => fetchAuthoringForms(signal) });

/** The builder's home list; saves, publishes and discards invalidate it. */
export const useAuthoringForms = () => useQuery(authoringFormsQueryOptions());
