import { forwardRef, useCallback, useLayoutEffect, useMemo, useRef, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { parse } from 'regexparam';
import { matchRoute, useLocation as usePathname, useParams as useRouteParams, useSearch } from 'wouter';
import { navigate as historyNavigate, useHistoryState, useLocationProperty } from 'wouter/use-browser-location';
import { rememberScrollPosition } from './scroll-restoration';

/**
 * The app's router: wouter (2 KB) over the browser's history, with the few things a form journey
 * needs on top: the hash (a "Change" link lands on its field), history state (errors shown on
 * arrival) and whether the page was reached by navigating in the app (focus its heading) rather
 * than loaded. Every feature imports navigation from here, never from wouter (ESLint enforces it).
 */
export { Route, Switch } from 'wouter';

/** What the app keeps in `history.state`: its own key marks an entry the app navigated to. */
interface EntryState {
  key?: string;
  [name: string]: unknown;
}

export interface NavigateOptions {
  replace?: boolean;
  state?: Record<string, unknown>;
}

export type Navigate = (to: string, options?: NavigateOptions) => void;

const newKey = () => Math.random().toString(36).slice(2, 10);

const here = () => `${location.pathname}${location.search}${location.hash}`;

/**
 * Pushes (or replaces) a history entry the app made; wouter's hooks re-render on it. A link to
 * the page already shown replaces it, so Back does not have to be pressed twice.
 */
export const navigate: Navigate = (to, { replace = false, state } = {}) => {
  rememberScrollPosition();
  historyNavigate(to, { replace: replace || to === here(), state: { ...state, key: newKey() } satisfies EntryState });
};

export const useNavigate = (): Navigate => navigate;

export interface AppLocation {
  pathname: string;
  /** With its `?`, or empty. */
  search: string;
  /** With its `#`, or empty. */
  hash: string;
  state: Record<string, unknown> | null;
  /** Reached by navigating inside the app (a link, a redirect), not by loading or reloading the page. */
  navigated: boolean;
}

const currentHash = () => location.hash;

export function useLocation(): AppLocation {
  const [pathname] = usePathname();
  const search = useSearch();
  const hash = useLocationProperty(currentHash);
  const state = useHistoryState<EntryState | null>();
  return useMemo(
    () => ({
      pathname,
      search: search ? `?${search}` : '',
      hash,
      state: state ?? null,
      navigated: typeof state?.key === 'string',
    }),
    [pathname, search, hash, state],
  );
}

const decode = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // a malformed escape stays as typed; the route shows "not found"
  }
};

const decodedParams = (params: Record<string, string | undefined>): Partial<Record<string, string>> => {
  const decoded: Partial<Record<string, string>> = {};
  for (const [name, value] of Object.entries(params)) if (value !== undefined) decoded[name] = decode(value);
  return decoded;
};

/** The matched route's parameters, decoded (`/ho-so/HS%2F1` gives `HS/1`). */
export function useParams<Name extends string>(): Partial<Record<Name, string>> {
  const params = useRouteParams() as Record<string, string | undefined>;
  return useMemo(() => decodedParams(params), [params]);
}

/** The parameters `pattern` (wouter's syntax: `/ho-so/:code`, `/a/*?`) finds in `pathname`, decoded as `useParams` gives them, or null. */
export function matchPath(pattern: string, pathname: string): Partial<Record<string, string>> | null {
  const [matches, params] = matchRoute(parse, pattern, pathname);
  return matches ? decodedParams(params as Record<string, string | undefined>) : null;
}

type SearchUpdate = URLSearchParams | ((current: URLSearchParams) => URLSearchParams);

/**
 * The query string as `URLSearchParams`, and a setter that navigates to the same path with new
 * ones. An updater function gets the address as it is now, not as it was at the last render, so
 * quick successive updates (typing in a filter box) build on one another.
 */
export function useSearchParams(): [URLSearchParams, (next: SearchUpdate, options?: NavigateOptions) => void] {
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const set = useCallback((next: SearchUpdate, options?: NavigateOptions) => {
    const query = (typeof next === 'function' ? next(new URLSearchParams(location.search)) : next).toString();
    navigate(query ? `${location.pathname}?${query}` : location.pathname, options);
  }, []);
  return [params, set];
}

/** Sends the citizen elsewhere as soon as it renders (a redirect); replaces the entry by default. */
export function Redirect({ to, replace = true }: { to: string; replace?: boolean }) {
  const done = useRef(false);
  useLayoutEffect(() => {
    if (done.current) return; // StrictMode runs effects twice: one redirect only
    done.current = true;
    navigate(to, { replace });
  }, [to, replace]);
  return null;
}

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: string;
  replace?: boolean;
  state?: Record<string, unknown>;
}

const opensElsewhere = (event: MouseEvent<HTMLAnchorElement>) =>
  event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.currentTarget.target === '_blank';

/** An ordinary link (it opens in a new tab, copies, prints as one) that navigates in the app when clicked. */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link({ to, replace, state, onClick, children, ...anchor }, ref) {
  return (
    <a
      {...anchor}
      ref={ref}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || opensElsewhere(event)) return;
        event.preventDefault();
        navigate(to, { replace, state });
      }}
    >
      {children}
    </a>
  );
});
