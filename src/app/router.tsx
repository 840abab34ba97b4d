import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { matchPath, Route, Switch } from '@/lib/navigation';
import { RequireSignIn } from '@/identity/require-sign-in';
import { AppLayout } from './layout/app-layout';
import { pageRoutes, type PageRoute } from './page-routes';
import { withTexts } from './page-texts';
import { RouteErrorBoundary } from './route-error';
import { NotFoundRoute } from './routes/not-found';

/**
 * What a page asks the API for before its first render, given the route's parameters: the
 * requests then run while the app starts, rather than from the page's effects after it has drawn.
 * The queries it fills are the ones the page reads, so nothing is asked for twice.
 */
export type PagePrefetch = (params: Partial<Record<string, string>>, queryClient: QueryClient) => void;

interface PageModule {
  default: ComponentType;
  prefetch?: PagePrefetch;
}

type RouteModule = Promise<PageModule>;

interface LoadableRoute {
  path: string;
  load: () => RouteModule;
  signedIn?: boolean;
}

/**
 * The modules `pageRoutes` names, each its own chunk. A glob, so the route table can be data the
 * build reads too; `loadable` checks the two name the same modules.
 */
const pageModules = import.meta.glob<PageModule>([
  './catalogue/*-route.tsx',
  './routes/*-route.tsx',
  // Pages of the form session, loaded by it.
  '!./routes/{form-page,check-answers}-route.tsx',
  '../identity/{sign-in,callback}-page.tsx',
]);

function loadable(routes: readonly PageRoute[]): LoadableRoute[] {
  const unrouted = Object.keys(pageModules).filter((page) => !routes.some((route) => route.page === page));
  if (unrouted.length > 0) throw new Error(`Page modules no route names: ${unrouted.join(', ')}`);
  return routes.map(({ path, page, texts = [], signedIn }) => {
    const load = pageModules[page];
    if (!load) throw new Error(`Route ${path}: no page module ${page}`);
    return { path, load: withTexts(texts, load), signedIn };
  });
}

const pageLoaders = loadable(pageRoutes);

/**
 * The mocked identity provider's sign-in page and payment gateway, only in builds that embed the
 * mocks; a real deployment redirects to VNeID instead and these routes do not exist. Written out
 * (not read from config) so the bundler drops the mocks from production builds.
 */
const mockSystemRoutes: LoadableRoute[] =
  import.meta.env.DEV || import.meta.env.VITE_ENABLE_MSW === 'true'
    ? [
        { path: '/dang-nhap/vneid', load: () => import('@mocks/identity-provider/sign-in-page') },
        { path: '/cong-thanh-toan/:paymentId', load: () => import('@mocks/payment-gateway/gateway-page') },
      ]
    : [];

const withComponent = (route: LoadableRoute) => ({ ...route, Page: lazy(route.load) });
const pages = pageLoaders.map(withComponent);
const mockSystemPages = mockSystemRoutes.map(withComponent);

/**
 * Starts downloading the code of the page at `pathname` while the app is still starting (the
 * mock worker, the language), instead of after the first render asks for it. Resolves with the
 * page's data requests, bound to the address, for the caller to start once the API can be
 * reached; a page that failed to load is left to its route to report.
 */
export async function preloadPage(pathname: string): Promise<((queryClient: QueryClient) => void) | undefined> {
  for (const route of [...mockSystemRoutes, ...pageLoaders]) {
    const params = matchPath(route.path, pathname);
    if (!params) continue;
    try {
      const { prefetch } = await route.load();
      return prefetch && ((queryClient) => prefetch(params, queryClient));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('app.loading')}</p>;
}

const guarded = (page: ReactNode, signedIn: boolean | undefined) => (signedIn ? <RequireSignIn>{page}</RequireSignIn> : page);

/** The whole app's routes; the mocked outside systems have no header or footer of ours. */
export function AppRoutes() {
  return (
    <Switch>
      {mockSystemPages.map(({ path, Page }) => (
        <Route key={path} path={path}>
          <Suspense fallback={<Loading />}>
            <Page />
          </Suspense>
        </Route>
      ))}
      <Route>
        <AppLayout>
          <RouteErrorBoundary>
            <Suspense fallback={<Loading />}>
              <Switch>
                {pages.map(({ path, Page, signedIn }) => (
                  <Route key={path} path={path}>
                    {guarded(<Page />, signedIn)}
                  </Route>
                ))}
                <Route>
                  <NotFoundRoute />
                </Route>
              </Switch>
            </Suspense>
          </RouteErrorBoundary>
        </AppLayout>
      </Route>
    </Switch>
  );
}
