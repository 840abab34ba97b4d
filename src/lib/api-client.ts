import { z } from '@/lib/zod';
import { env } from '@/config/env';
import { apiErrorBodySchema } from './api-contract/errors';
import { getAccessToken, notifyUnauthorized } from './auth-token';
import { ApiError } from './api-error';

export { ApiError, isApiError, type ApiErrorIssue, type ApiErrorKind } from './api-error';

export interface ApiRequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON; `FormData` and `Blob` bodies are sent as they are (multipart uploads). */
  body?: unknown;
  headers?: Record<string, string>;
  /** The contract of a successful response: anything else is an `invalid-response` error. */
  schema: z.core.$ZodType<T>;
  signal?: AbortSignal;
  /** Defaults to `env.apiBaseUrl`. */
  baseUrl?: string;
}

const hasScheme = (path: string): boolean => /^[a-z][a-z\d+.-]*:/i.test(path);

/**
 * Turns an API path (`/forms`) into an absolute URL under the API base. Relative bases are
 * resolved against the page: `new Request('/api/x')` throws under jsdom, and a real backend on
 * another origin is just an absolute base URL.
 */
export function resolveApiUrl(path: string, baseUrl: string = env.apiBaseUrl): URL {
  const page = globalThis.location?.href ?? 'http://localhost/';
  if (hasScheme(path)) return new URL(path);
  const joined = `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  return new URL(joined, page);
}

const isRawBody = (body: unknown): body is FormData | Blob =>
  (typeof FormData !== 'undefined' && body instanceof FormData) || (typeof Blob !== 'undefined' && body instanceof Blob);

function buildInit<T>(options: ApiRequestOptions<T>, method: string): RequestInit {
  const headers = new Headers({ Accept: 'application/json', ...options.headers });
  const token = getAccessToken();
  if (token && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${token}`);
  let body: BodyInit | undefined;
  if (isRawBody(options.body)) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.body);
  }
  return { method, headers, body, signal: options.signal };
}

const networkError = (url: URL, cause: unknown) =>
  new ApiError({ kind: 'network', status: 0, code: 'network-error', message: `Network error calling ${url.pathname}`, cause });

/** Reads the body as JSON; `undefined` for an empty body, a `SyntaxError` for anything else. */
async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  return text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
}

/**
 * Calls the API and returns the response body checked against `schema`. Throws `ApiError` for
 * every failure, typed by `kind`; an abort rethrows the caller's reason untouched, so React Query
 * sees a cancellation rather than an error.
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions<T>): Promise<T> {
  const url = resolveApiUrl(path, options.baseUrl);
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  let response: Response;
  let data: unknown;
  try {
    response = await fetch(url, buildInit(options, method));
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw networkError(url, error);
  }
  try {
    data = await readJson(response);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (!(error instanceof SyntaxError)) throw networkError(url, error);
    if (response.ok) {
      throw new ApiError({
        kind: 'invalid-response',
        status: response.status,
        code: 'invalid-response',
        message: `${method} ${url.pathname}: response is not JSON`,
        cause: error,
      });
    }
    data = undefined;
  }
  if (!response.ok) {
    const body = apiErrorBodySchema.safeParse(data);
    if (response.status === 401 && body.success && body.data.code === 'unauthenticated') notifyUnauthorized();
    throw new ApiError({
      kind: 'http',
      status: response.status,
      code: body.success ? body.data.code : `http-${response.status}`,
      message: `${method} ${url.pathname} failed with ${response.status}${body.success && body.data.message ? `: ${body.data.message}` : ''}`,
      issues: body.success ? body.data.issues : undefined,
    });
  }
  const parsed = z.safeParse(options.schema, data);
  if (!parsed.success) {
    throw new ApiError({
      kind: 'invalid-response',
      status: response.status,
      code: 'invalid-response',
      message: `${method} ${url.pathname}: response does not match the contract`,
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
      cause: parsed.error,
    });
  }
  return parsed.data;
}
