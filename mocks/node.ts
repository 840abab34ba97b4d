import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The same mock backend for vitest (and any node script): intercepts fetch in the process. */
export const server = setupServer(...handlers);
