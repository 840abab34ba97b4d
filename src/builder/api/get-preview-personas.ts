import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { personaListSchema, personasPath } from '@/lib/api-contract/identity';
import { authoringKeys } from './query-keys';

/** The test personas the preview can show the form as (the identity provider's synthetic citizens). */
export const previewPersonasQueryOptions = () =>
  queryOptions({
    queryKey: [...authoringKeys.all, 'personas'] as const,
    queryFn: ({ signal }) => apiRequest(personasPath, { schema: personaListSchema, signal }),
    staleTime: Infinity,
  });

export const usePreviewPersonas = () => useQuery(previewPersonasQueryOptions());
