import 'fake-indexeddb/auto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getResponse } from 'msw';
import { handlers } from '@mocks/handlers';
import { installIssueMessages } from '@/lib/zod-issue-messages';

/**
 * `npm run serve:mock-api -- <dist> <port>`: a production build (no mocks in the page) served over
 * HTTP with the mock backend behind `/api`, the same MSW handlers the embedded mocks use, run in
 * Node (state in fake-indexeddb, for the life of the process). The page then loads and fetches
 * as it would against a real backend: no service worker, no mock chunk. `npm run lighthouse`
 * measures the catalogue and a procedure page this way. Responses are gzipped, as a real host's.
 */
const [dir = 'dist', port = '4173'] = process.argv.slice(2);
const root = resolve(dir);
const index = join(root, 'index.html');
if (!existsSync(index)) throw new Error(`${root} has no index.html: build the app first`);
installIssueMessages();

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const compressible = /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg)/;

function send(request: IncomingMessage, response: ServerResponse, status: number, headers: Record<string, string>, body: Buffer) {
  const gzip = compressible.test(headers['content-type'] ?? '') && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && body.length > 1024;
  const payload = gzip ? gzipSync(body) : body;
  response.writeHead(status, { ...headers, ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}), 'content-length': String(payload.length) });
  response.end(request.method === 'HEAD' ? undefined : payload);
}

/** A file of the build, or index.html for the app's own routes (the router takes it from there). */
function serveFile(request: IncomingMessage, response: ServerResponse, pathname: string) {
  const file = resolve(root, `.${decodeURIComponent(pathname)}`);
  const inside = file === root || file.startsWith(root + sep);
  const found = inside && existsSync(file) && statSync(file).isFile() ? file : index;
  const hashed = found.includes(`${sep}assets${sep}`);
  send(request, response, 200, {
    'content-type': types[extname(found)] ?? 'application/octet-stream',
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  }, readFileSync(found));
}

async function readBody(request: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  const body = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  parts.reduce((offset, part) => (body.set(part, offset), offset + part.length), 0);
  return body;
}

/** The handlers match `http://localhost/api/…` in Node (`mocks/handlers/api-path.ts`). */
async function serveApi(request: IncomingMessage, response: ServerResponse) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
  const body = await readBody(request);
  const mocked = await getResponse(handlers, new Request(`http://localhost${request.url ?? '/'}`, { method: request.method, headers, body }));
  if (!mocked) {
    send(request, response, 404, { 'content-type': 'application/json' }, Buffer.from('{"code":"not-found"}'));
    return;
  }
  const out: Record<string, string> = {};
  mocked.headers.forEach((value, name) => (out[name] = value));
  send(request, response, mocked.status, out, Buffer.from(await mocked.arrayBuffer()));
}

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const served = pathname.startsWith('/api/') ? serveApi(request, response) : Promise.resolve(serveFile(request, response, pathname));
  served.catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
}).listen(Number(port), '127.0.0.1', () => console.log(`[mock-api] ${root} on http://127.0.0.1:${port}/ (API: mock handlers)`));
