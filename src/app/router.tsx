import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { RouteError } from './route-error';
import { CheckAnswersRoute } from './routes/check-answers-route';
import { FormPageRoute } from './routes/form-page-route';
import { FormSessionRoute, FormStartRoute } from './routes/form-session-route';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { ReceiptRoute } from './routes/receipt-route';

/** URLs are Vietnamese (citizens read them): bieu-mau = form, buoc = step, kiem-tra = check, ho-so = dossier. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomeRoute /> },
          {
            path: 'bieu-mau/:formId',
            element: <FormSessionRoute />,
            children: [
              { index: true, element: <FormStartRoute /> },
              { path: 'buoc/:pageId', element: <FormPageRoute /> },
              { path: 'kiem-tra', element: <CheckAnswersRoute /> },
            ],
          },
          { path: 'ho-so/:dossierCode', element: <ReceiptRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
