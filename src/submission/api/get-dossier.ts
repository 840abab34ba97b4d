import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { dossierPath, dossierSchema } from '@/lib/api-contract/dossiers';

export const getDossier = (code: string, signal?: AbortSignal) =>
  apiRequest(dossierPath(code), { schema: dossierSchema, signal });

export const dossierQueryOptions = (code: string) =>
  queryOptions({ queryKey: ['dossiers', code], queryFn: ({ signal }) => getDossier(code, signal), staleTime: Infinity });

export const useDossier = (code: string) => useQuery(dossierQueryOptions(code));
