import { setupWorker } from 'msw/browser';
import { installIssueMessages } from '@/lib/zod-issue-messages';
import { handlers } from './handlers';

// Error responses carry zod's descriptive issue messages, as a real backend's would.
installIssueMessages();

/** The service-worker mock backend of dev and mock builds; started by `src/app/mock-worker.ts`. */
export const worker = setupWorker(...handlers);
