import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** The service-worker mock backend of dev and mock builds; started by `src/app/mock-worker.ts`. */
export const worker = setupWorker(...handlers);
