import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, loadShellTexts } from './i18n/i18n';
import { AppProvider } from './app/provider';
import { AppRoutes, preloadPage } from './app/router';
import { loadSession } from './identity/session-store';
import { createQueryClient } from './lib/query-client';
import './app/styles.css';
import './app/app-shell.css';

/** The embedded mocks start before the first render so no request races the service worker. */
async function enableMocking() {
  // Written out (not read from config) so the bundler drops the mocks from production builds.
  if (!(import.meta.env.DEV || import.meta.env.VITE_ENABLE_MSW === 'true')) return;
  const { startMockWorker, mountTesterPanel } = await import('./app/mock-worker');
  await startMockWorker();
  void mountTesterPanel();
}

const i18n = initI18n();
loadSession();
const queryClient = createQueryClient();
const page = preloadPage(location.pathname);
const mocking = enableMocking();
// The page's data is asked for as soon as its code is in (and the API answers: the embedded
// mocks first), while the shell still renders: not from the page's effects after it has drawn.
void Promise.all([page, mocking]).then(([prefetch]) => prefetch?.(queryClient));
// A citizen who chose English last time gets it before the first paint. The page's own texts
// come with its code (router.tsx): the header and the loading state do not wait for them.
void Promise.all([mocking, loadShellTexts(i18n.language === 'en' ? 'en' : 'vi')]).then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  const app = createRoot(root);
  // A transition lets React render in slices, yielding to the browser between them: a long form
  // on a cheap phone does not freeze the page while it is first drawn.
  startTransition(() =>
    app.render(
      <StrictMode>
        <AppProvider queryClient={queryClient}>
          <AppRoutes />
        </AppProvider>
      </StrictMode>,
    ),
  );
});
