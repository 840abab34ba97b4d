import { existsSync, readFileSync } from 'node:fs';
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
  http.get('*/data/admin-units/:file', ({ params }) => {
    const file = resolve(process.cwd(), 'public/data/admin-units', String(params.file));
    if (!/^\d{2}\.json$/.test(String(params.file)) || !existsSync(file)) return new HttpResponse(null, { status: 404 });
    return new HttpResponse(readFileSync(file, 'utf8'), { headers: { 'Content-Type': 'application/json' } });
  }),
];

/** The same mock backend for vitest (and any node script): intercepts fetch in the process. */
export const server = setupServer(...handlers, ...staticFiles);
