import type { TextArea } from '@/i18n/i18n';

/** Texts a page shows beyond the shell's: an area of the app's (see `loadTexts`), or the field types'. */
export type PageText = TextArea | 'fields';

export interface PageRoute {
  /** wouter pattern. */
  path: string;
  /** The page's module, relative to `src/app/` (a key of the router's `import.meta.glob`). */
  page: string;
  texts?: readonly PageText[];
  signedIn?: boolean;
}

/**
 * The app's pages, as data: the router loads each page's module with its texts, and the build
 * (`scripts/page-preload.ts`) writes into index.html which files each page needs, so a browser
 * opening a page fetches the page's code alongside the app shell rather than after it. Plain data
 * with no imports (the build reads it in Node).
 *
 * Every page is its own chunk: a citizen opening a form downloads the form's code, not the
 * catalogue's, the receipt's or the builder's. URLs are Vietnamese (citizens read them):
 * thu-tuc = procedure, bieu-mau = form, buoc = step, kiem-tra = check, ho-so = dossier.
 */
export const pageRoutes: readonly PageRoute[] = [
  { path: '/', page: './catalogue/catalogue-route.tsx', texts: ['catalogue'] },
  { path: '/thu-tuc/:formId', page: './catalogue/procedure-route.tsx', texts: ['catalogue'] },
  // The form's pages (buoc/:pageId, kiem-tra) are routes inside the session, which keeps the answers.
  { path: '/bieu-mau/:formId/*?', page: './routes/form-session-route.tsx', texts: ['fields'] },
  { path: '/ho-so/:dossierCode', page: './routes/receipt-route.tsx', texts: ['dossiers', 'catalogue', 'fields'], signedIn: true },
  { path: '/ho-so/:dossierCode/thanh-toan', page: './routes/payment-route.tsx', texts: ['dossiers'], signedIn: true },
  { path: '/ho-so-cua-toi', page: './routes/my-dossiers-route.tsx', texts: ['dossiers', 'fields'], signedIn: true },
  { path: '/soan-bieu-mau/:formId?', page: './routes/builder-route.tsx', texts: ['catalogue', 'fields'] },
  { path: '/kiem-thu', page: './routes/tester-route.tsx', texts: ['dossiers'] },
  { path: '/tham-gia', page: './routes/join-run-route.tsx' },
  { path: '/dang-nhap', page: '../identity/sign-in-page.tsx' },
  { path: '/dang-nhap/callback', page: '../identity/callback-page.tsx' },
];
