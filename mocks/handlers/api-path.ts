import { resolveApiUrl } from '@/lib/api-client';

/**
 * An MSW path under the API base, resolved exactly as the client resolves its requests (against
 * the page, else `http://localhost/`), so handlers match in the browser, in jsdom and in plain
 * node alike, and a build served from a sub-path still matches. Route parameters (`:id`) survive.
 */
export const apiPath = (path: string): string => resolveApiUrl(path).href;
