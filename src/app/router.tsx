import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { loadTexts, type TextArea } from '@/i18n/i18n';
import { matchPath, Route, Switch } from '@/lib/navigation';
import { RequireSignIn } from '@/identity/require-sign-in';
import { AppLayout } from './layout/app-layout';
import { RouteErrorBoundary } from './route-error';
import { NotFoundRoute } from './routes/not-found';

type RouteModule = Promise<{ default: ComponentType }>;

/** Texts a page shows beyond the shell's: an area of the app's (see `loadTexts`), or the field types'. */
type PageText = TextArea | 'fields';

const loadPageText = async (text: PageText): Promise<void> =>
  text === 'fields' ? (await import('./field-texts')).provideFieldTexts() : loadTexts(text);

/** A page's code together with its texts. */
const withTexts =
  (texts: PageText[], load: () => RouteModule) =>
  async (): RouteModule =>
    (await Promise.all([load(), ...texts.map(loadPageText)]))[0];

interface PageRoute {
  path: string;
  load: () => RouteModule;
  signedIn?: boolean;
}

/**
 * Every page is its own chunk: a citizen opening a form downloads the form's code, not the
 * catalogue's, the receipt's or the builder's. URLs are Vietnamese (citizens read them):
 * thu-tuc = procedure, bieu-mau = form, buoc = step, kiem-tra = check, ho-so = dossier.
 */
const pageRoutes: PageRoute[] = [
  { path: '/', load: withTexts(['catalogue'], () => import('./catalogue/catalogue-route')) },
  { path: '/thu-tuc/:formId', load: withTexts(['catalogue'], () => import('./catalogue/procedure-route')) },
  // The form's pages (buoc/:pageId, kiem-tra) are routes inside the session, which keeps the answers.
  { path: '/bieu-mau/:formId/*?', load: withTexts(['fields'], () => import('./routes/form-session-route')) },
  { path: '/ho-so/:dossierCode', load: withTexts(['dossiers', 'catalogue', 'fields'], () => import('./routes/receipt-route')), signedIn: true },
  { path: '/ho-so/:dossierCode/thanh-toan', load: withTexts(['dossiers'], () => import('./routes/payment-route')), signedIn: true },
  { path: '/ho-so-cua-toi', load: withTexts(['dossiers', 'fields'], () => import('./routes/my-dossiers-route')), signedIn: true },
  { path: '/soan-bieu-mau/:formId?', load: withTexts(['catalogue', 'fields'], () => import('./routes/builder-route')) },
  { path: '/kiem-thu', load: withTexts(['dossiers'], () => import('./routes/tester-route')) },
  { path: '/tham-gia', load: () => import('./routes/join-run-route') },
  { path: '/dang-nhap', load: () => import('@/identity/sign-in-page') },
  { path: '/dang-nhap/callback', load: () => import('@/identity/callback-page') },
];

/**
 * The mocked identity provider's sign-in page and payment gateway, only in builds that embed the
 * mocks; a real deployment redirects to VNeID instead and these routes do not exist. Written out
 * (not read from config) so the bundler drops the mocks from production builds.
 */
const mockSystemRoutes: PageRoute[] =
  import.meta.env.DEV || import.meta.env.VITE_ENABLE_MSW === 'true'
    ? [
        { path: '/dang-nhap/vneid', load: () => import('@mocks/identity-provider/sign-in-page') },
        { path: '/cong-thanh-toan/:paymentId', load: () => import('@mocks/payment-gateway/gateway-page') },
      ]
    : [];

const withComponent = (route: PageRoute) => ({ ...route, Page: lazy(route.load) });
const pages = pageRoutes.map(withComponent);
const mockSystemPages = mockSystemRoutes.map(withComponent);

/**
 * Starts downloading the code of the page at `pathname` while the app is still starting (the
 * mock worker, the language), instead of after the first render asks for it.
 */
export function preloadPage(pathname: string): void {
  void [...mockSystemRoutes, ...pageRoutes].find((route) => matchPath(route.path, pathname))?.load();
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
