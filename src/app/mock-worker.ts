import { worker } from '@mocks/browser';

/** Starts the MSW service worker (dev and mock builds only; never in the production bundle). */
export async function startMockWorker(): Promise<void> {
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: !import.meta.env.DEV,
  });
}
