import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import {
  previewTokenLifetimeSeconds,
  previewTokenSchema,
  previewTokensPath,
  type PreviewToken,
} from '@/lib/api-contract/authoring';
import { authoringKeys } from './query-keys';

/** `POST /authoring/preview-tokens`: a test persona's short-lived token, for the preview's auto-fill. */
export const fetchPreviewToken = (persona: string, signal?: AbortSignal): Promise<PreviewToken> =>
  apiRequest(previewTokensPath, { method: 'POST', body: { persona }, schema: previewTokenSchema, signal });

/** Renewed two minutes before the server's 15-minute lifetime ends, so a preview never reads with a dead token. */
const renewAfterMs = (previewTokenLifetimeSeconds - 120) * 1000;

/**
 * One token per persona, cached: switching personas back and forth does not mint a token each
 * time. A query, not a mutation, because the preview simply needs "a valid token for X".
 */
export const previewTokenQueryOptions = (persona: string) =>
  queryOptions({
    queryKey: authoringKeys.previewToken(persona),
    queryFn: ({ signal }) => fetchPreviewToken(persona, signal),
    staleTime: renewAfterMs,
    refetchInterval: renewAfterMs,
  });

/** The preview persona's token; idle while no persona is chosen. */
export const usePreviewToken = (persona: string | undefined) =>
  useQuery({ ...previewTokenQueryOptions(persona ?? ''), enabled: persona !== undefined });
