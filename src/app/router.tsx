import { createBrowserRouter, type RouteObject } from 'react-router';
import { CallbackPage } from '@/identity/callback-page';
import { RequireSignIn } from '@/identity/require-sign-in';
import { SignInPage } from '@/identity/sign-in-page';
import { CatalogueRoute } from './catalogue/catalogue-route';
import { ProcedureRoute } from './catalogue/procedure-route';
import { AppLayout } from './layout/app-layout';
import { RouteError } from './route-error';
import { CheckAnswersRoute } from './routes/check-answers-route';
import { FormPageRoute } from './routes/form-page-route';
import { FormSessionRoute, FormStartRoute } from './routes/form-session-route';
import { MyDossiersRoute } from './routes/my-dossiers-route';
import { NotFoundRoute } from './routes/not-found';
import { PaymentRoute } from './routes/payment-route';
import { ReceiptRoute } from './routes/receipt-route';

/**
 * The mocked identity provider's sign-in page and payment gateway, only in builds that embed the mocks; a real
 * deployment redirects to VNeID instead and this route does not exist.
 */
// Written out (not read from config) so the bundler drops the mocks from production builds.
const mockIdentityProviderRoutes: RouteObject[] = import.meta.env.DEV || import.meta.env.VITE_ENABLE_MSW === 'true'
  ? [
      { path: 'dang-nhap/vneid', lazy: async () => ({ Component: (await import('@mocks/identity-provider/sign-in-page')).default }) },
      { path: 'cong-thanh-toan/:paymentId', lazy: async () => ({ Component: (await import('@mocks/payment-gateway/gateway-page')).default }) },
    ]
  : [];

/** URLs are Vietnamese (citizens read them): thu-tuc = procedure, bieu-mau = form, buoc = step, kiem-tra = check, ho-so = dossier. */
export const routes: RouteObject[] = [
  ...mockIdentityProviderRoutes,
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <CatalogueRoute /> },
          { path: 'thu-tuc/:formId', element: <ProcedureRoute /> },
          {
            path: 'bieu-mau/:formId',
            element: <FormSessionRoute />,
            children: [
              { index: true, element: <FormStartRoute /> },
              { path: 'buoc/:pageId', element: <FormPageRoute /> },
              { path: 'kiem-tra', element: <CheckAnswersRoute /> },
            ],
          },
          {
            path: 'ho-so/:dossierCode',
            element: (
              <RequireSignIn>
                <ReceiptRoute />
              </RequireSignIn>
            ),
          },
          {
            path: 'ho-so-cua-toi',
            element: (
              <RequireSignIn>
                <MyDossiersRoute />
              </RequireSignIn>
            ),
          },
          {
            path: 'ho-so/:dossierCode/thanh-toan',
            element: (
              <RequireSignIn>
                <PaymentRoute />
              </RequireSignIn>
            ),
          },
          { path: 'soan-bieu-mau', lazy: async () => ({ Component: (await import('./routes/builder-route')).default }) },
          { path: 'soan-bieu-mau/:formId', lazy: async () => ({ Component: (await import('./routes/builder-route')).default }) },
          { path: 'kiem-thu', lazy: async () => ({ Component: (await import('./routes/tester-route')).default }) },
          { path: 'tham-gia', lazy: async () => ({ Component: (await import('./routes/join-run-route')).default }) },
          { path: 'dang-nhap', element: <SignInPage /> },
          { path: 'dang-nhap/callback', element: <CallbackPage /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
