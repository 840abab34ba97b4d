import { apiRequest, isApiError } from '@/lib/api-client';
import type { AnyDataSource } from './catalog/types';

/** A source that has not answered within this time is treated as down: the citizen types instead. */
export const prefillTimeoutMs = 5000;

/** The source did not answer in time (the request was aborted). */
export class PrefillTimeoutError extends Error {
  override readonly name = 'PrefillTimeoutError';
  constructor(readonly sourceId: string, readonly timeoutMs: number) {
    super(`${sourceId} did not answer within ${timeoutMs} ms`);
  }
}

interface FetchOptions {
  /** The query's own signal (the form was left): aborts without being a failure. */
  signal?: AbortSignal | undefined;
  /** Số định danh of the related person, for related-person sources. */
  personId?: string | undefined;
  timeoutMs?: number;
  /** Reads as someone other than the signed-in account (the builder's preview persona). */
  accessToken?: string | undefined;
}

/**
 * Reads one record from a data source: the parsed record, `null` when the source holds none for
 * this citizen (404: no marriage registered, no birth certificate), or an error. A source slower
 * than `timeoutMs` is aborted and fails with `PrefillTimeoutError`, so a hanging database never
 * holds the form up.
 */
export async function fetchSourceRecord(source: AnyDataSource, options: FetchOptions = {}): Promise<unknown> {
  const { signal, personId, accessToken, timeoutMs = prefillTimeoutMs } = options;
  const { request } = source;
  if (request.subject === 'related-person' && personId === undefined) throw new Error(`${source.id} needs a person`);
  const path = request.subject === 'self' ? request.path : request.path(personId ?? '');
  const headers: Record<string, string> = request.subject === 'self' ? {} : { ...request.headers };
  if (accessToken !== undefined) headers.Authorization = `Bearer ${accessToken}`;

  const controller = new AbortController();
  const timeout = new PrefillTimeoutError(source.id, timeoutMs);
  const forward = () => controller.abort(signal?.reason);
  if (signal?.aborted) forward();
  signal?.addEventListener('abort', forward, { once: true });
  const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
  try {
    return await apiRequest(path, { schema: source.schema, headers, signal: controller.signal });
  } catch (error) {
    if (controller.signal.reason === timeout) throw timeout;
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}
