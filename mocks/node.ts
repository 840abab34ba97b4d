import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { installIssueMessages } from '@/lib/zod-issue-messages';
import { handlers } from './handlers';

// Error responses carry zod's descriptive issue messages, as a real backend's would.
installIssueMessages();

/**
 * Static files under `public/` are served by Vite in the browser; in node there is no web server,
 * so the test server hands them out from disk, as Vite would.
 */
const staticFiles = [
  http.get('*/data/admin-units.json', () =>
    new HttpResponse(readFileSync(resolve(process.cwd(), 'public/data/admin-units.json'), 'utf8'), {
      headers: { 'Content-Type': 'application/json' },
    }),
  ),
];

/** The same mock backend for vitest (and any node script): intercepts fetch in the process. */
export const server = setupServer(...handlers, ...staticFiles);
