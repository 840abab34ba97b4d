/**
 * Where the mock identity provider may send a citizen back with a code: an http(s) URL on the
 * portal's own origin. A real provider only returns to the redirect URIs registered for the
 * client; accepting any URL would hand codes to other sites (open redirect), and a
 * `javascript:` URL would run script.
 */
export function isAllowedRedirectUri(redirectUri: string, portalOrigin: string): boolean {
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === portalOrigin;
}

/** `redirectUri` with OAuth response parameters added (`code` and `state`, or `error` and `state`). */
export function withParams(redirectUri: string, params: Record<string, string>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}
