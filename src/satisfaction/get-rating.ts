import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from '@/lib/zod';
import { apiRequest } from '@/lib/api-client';
import { dossierRatingSchema, ratingPath, type DossierRating, type RateDossierRequest } from '@/lib/api-contract/ratings';

/** The dossier's rating, or null when it has not been rated yet (204). */
export const getRating = async (dossierCode: string, signal?: AbortSignal): Promise<DossierRating | null> =>
  (await apiRequest(ratingPath(dossierCode), { schema: z.optional(dossierRatingSchema), signal })) ?? null;

export const ratingQueryOptions = (dossierCode: string) =>
  queryOptions({ queryKey: ['ratings', dossierCode], queryFn: ({ signal }) => getRating(dossierCode, signal) });

export const useRating = (dossierCode: string) => useQuery(ratingQueryOptions(dossierCode));

export const rateDossier = (dossierCode: string, rating: RateDossierRequest): Promise<DossierRating> =>
  apiRequest(ratingPath(dossierCode), { method: 'PUT', body: rating, schema: dossierRatingSchema });

export function useRateDossier(dossierCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rating: RateDossierRequest) => rateDossier(dossierCode, rating),
    onSuccess: (saved) => queryClient.setQueryData(ratingQueryOptions(dossierCode).queryKey, saved),
  });
}
