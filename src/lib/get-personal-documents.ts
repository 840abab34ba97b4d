import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { DocumentKind } from '@/schema/document-kind';
import { apiRequest } from './api-client';
import { personalDocumentListSchema, personalDocumentsUrl, type PersonalDocument } from './api-contract/personal-documents';
import { getAccessToken, onAccessTokenChange } from './auth-token';

/** The signed-in citizen's electronic documents of the given kinds, from the portal's personal data store. */
export async function fetchPersonalDocuments(kinds: readonly DocumentKind[], signal?: AbortSignal): Promise<PersonalDocument[]> {
  const { documents } = await apiRequest(personalDocumentsUrl(kinds), { schema: personalDocumentListSchema, signal });
  return documents;
}

/**
 * Counts sign-ins and sign-outs: the query is keyed by it, so one citizen's documents are never
 * offered to the next on a shared phone. -1 while nobody is signed in (no store to read).
 */
let generation = 0;
onAccessTokenChange(() => {
  generation += 1;
});
const signInGeneration = (): number => (getAccessToken() === undefined ? -1 : generation);
export const useSignInGeneration = (): number => useSyncExternalStore(onAccessTokenChange, signInGeneration, signInGeneration);

export const personalDocumentsQueryOptions = (kinds: readonly DocumentKind[], generationKey: number) => {
  const sorted = [...new Set(kinds)].sort();
  return queryOptions({
    queryKey: ['kho-du-lieu', 'giay-to', generationKey, sorted],
    queryFn: ({ signal }) => fetchPersonalDocuments(sorted, signal),
    // Personal data: kept for the sign-in only, re-read when the field comes back later.
    staleTime: 60_000,
    gcTime: 5 * 60_000,
  });
};

/**
 * The citizen's documents of these kinds; idle (nothing fetched) when signed out or when no kind
 * is asked for.
 */
export function usePersonalDocuments(kinds: readonly DocumentKind[]) {
  const generationKey = useSignInGeneration();
  return useQuery({ ...personalDocumentsQueryOptions(kinds, generationKey), enabled: generationKey >= 0 && kinds.length > 0 });
}
