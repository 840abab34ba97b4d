import { isAllowedRedirectUri } from './redirect-uri';

/** What the portal asked for when it sent the citizen here (OAuth 2.0 authorization request). */
export interface ProviderRequest {
  clientId: string;
  redirectUri: string;
  state: string;
}

/**
 * Reads `client_id`, `redirect_uri` and `state` from the query string. Anything missing, a
 * `state` too short to protect against forgery, or a redirect URI off the portal's origin makes
 * the request invalid: the page then never offers to send a code anywhere.
 */
export function readProviderRequest(search: URLSearchParams, portalOrigin: string): ProviderRequest | undefined {
  const clientId = search.get('client_id')?.trim();
  const redirectUri = search.get('redirect_uri')?.trim();
  const state = search.get('state');
  if (!clientId || !redirectUri || !state || state.length < 8) return undefined;
  if (!isAllowedRedirectUri(redirectUri, portalOrigin)) return undefined;
  return { clientId, redirectUri, state };
}
