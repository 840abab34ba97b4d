import { worker } from '@mocks/browser';
import { loadFaultsFromUrl } from '@mocks/faults';

/** Starts the MSW service worker (dev and mock builds only; never in the production bundle). */
export async function startMockWorker(): Promise<void> {
  // Testers switch sources into failure modes with ?faults=…; read it before any request.
  loadFaultsFromUrl();
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: !import.meta.env.DEV,
  });
}

/** The testers' fault and session panel, drawn in its own root beside the app. */
export async function mountTesterPanel(): Promise<void> {
  const [{ createRoot }, { default: TesterPanel }] = await Promise.all([import('react-dom/client'), import('@mocks/tester-panel')]);
  const host = document.createElement('div');
  host.id = 'tester-panel-root';
  document.body.append(host);
  createRoot(host).render(<TesterPanel />);
}
