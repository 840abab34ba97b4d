import { queryOptions } from '@tanstack/react-query';
import type { AnyDataSource } from './catalog/types';
import { fetchSourceRecord, prefillTimeoutMs } from './fetch-source';
import { ownSubject } from './prefill-entry';

/**
 * Whose records are read: the sign-in generation (a number, -1 while nobody is signed in), or a
 * string naming a builder preview persona whose own token is passed with the request.
 */
export type AccessKey = number | string;

/** Is there anyone to read records for? */
export const canRead = (key: AccessKey): boolean => typeof key === 'string' || key >= 0;

/** Every prefill query starts with this key: clear it when the signed-in citizen changes. */
export const prefillQueryRoot = ['prefill'] as const;

/**
 * Own records are keyed `['prefill', generation, source, 'me']`, a related person's by their
 * number; `generation` changes with every sign-in, so one citizen's records never serve another.
 */
export const sourceQueryKey = (generation: AccessKey, sourceId: string, subject: string) =>
  [...prefillQueryRoot, generation, sourceId, subject] as const;

/**
 * One source's record, fetched once per session: registers change rarely and every page of the
 * form reads the same record. No automatic retries (a database that is down must not be hammered
 * by every citizen's browser); the citizen's "Try again" refetches.
 */
export const sourceQueryOptions = (
  source: AnyDataSource,
  options: { generation: AccessKey; accessToken?: string | undefined; personId?: string | undefined; timeoutMs?: number | undefined },
) =>
  queryOptions({
    queryKey: sourceQueryKey(options.generation, source.id, options.personId ?? ownSubject),
    queryFn: ({ signal }) =>
      fetchSourceRecord(source, {
        signal,
        personId: options.personId,
        accessToken: options.accessToken,
        timeoutMs: options.timeoutMs ?? prefillTimeoutMs,
      }),
    enabled: canRead(options.generation),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    retryOnMount: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
