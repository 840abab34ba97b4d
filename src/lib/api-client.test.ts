import { delay, http, HttpResponse } from 'msw';
import { z } from '@/lib/zod';
import { server } from '@mocks/node';
import { apiRequest, isApiError, resolveApiUrl, type ApiError } from './api-client';

// `server` listens for every test file (tests/setup/vitest.setup.ts); `server.use` overrides
// handlers for one test, reset after each.

const thingSchema = z.object({ id: z.string(), count: z.number() });

/** Runs the request and returns the ApiError it must throw. */
async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('resolveApiUrl', () => {
  it('puts paths under the API base and resolves it against the page (jsdom has no relative Request)', () => {
    expect(resolveApiUrl('/forms', '/api').href).toBe('http://localhost:3000/api/forms');
    expect(resolveApiUrl('forms', '/bieu-mau/api/').href).toBe('http://localhost:3000/bieu-mau/api/forms');
    expect(resolveApiUrl('/forms', 'https://dvc.example.vn/api').href).toBe('https://dvc.example.vn/api/forms');
  });
});

describe('apiRequest', () => {
  it('sends JSON and returns the body checked against the schema', async () => {
    // given a server echoing what it got
    server.use(
      http.post('/api/things', async ({ request }) =>
        HttpResponse.json({
          id: request.headers.get('X-Trace') ?? '',
          count: ((await request.json()) as { items: unknown[] }).items.length,
        }),
      ),
    );
    // when posting
    const thing = await apiRequest('/things', {
      method: 'POST',
      body: { items: [1, 2, 3] },
      headers: { 'X-Trace': 'abc' },
      schema: thingSchema,
    });
    // then
    expect(thing).toEqual({ id: 'abc', count: 3 });
  });

  it("throws kind 'http' with the server's code, status and issues", async () => {
    server.use(
      http.get('/api/things/1', () =>
        HttpResponse.json(
          { code: 'thing-not-found', message: 'No thing 1', issues: [{ path: 'id', message: 'unknown' }] },
          { status: 404 },
        ),
      ),
    );
    const error = await failureOf(apiRequest('/things/1', { schema: thingSchema }));
    expect(error).toMatchObject({ kind: 'http', status: 404, code: 'thing-not-found' });
    expect(error.issues).toEqual([{ path: 'id', message: 'unknown' }]);
  });

  it("throws kind 'http' with code http-<status> when the error body is not the API's", async () => {
    server.use(http.get('/api/things', () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 })));
    const error = await failureOf(apiRequest('/things', { schema: thingSchema }));
    expect(error).toMatchObject({ kind: 'http', status: 502, code: 'http-502' });
  });

  it("throws kind 'invalid-response' when a success does not match the contract", async () => {
    server.use(http.get('/api/things', () => HttpResponse.json({ id: 7 })));
    const error = await failureOf(apiRequest('/things', { schema: thingSchema }));
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200, code: 'invalid-response' });
    expect(error.issues.map((issue) => issue.path)).toEqual(['id', 'count']);
  });

  it("throws kind 'invalid-response' when a success is not JSON", async () => {
    server.use(http.get('/api/things', () => HttpResponse.text('<!doctype html><title>SPA fallback</title>')));
    const error = await failureOf(apiRequest('/things', { schema: thingSchema }));
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200 });
  });

  it("throws kind 'network' when fetch rejects", async () => {
    server.use(http.get('/api/things', () => HttpResponse.error()));
    const error = await failureOf(apiRequest('/things', { schema: thingSchema }));
    expect(error).toMatchObject({ kind: 'network', status: 0, code: 'network-error' });
  });

  it("rethrows an abort as it is, not as a 'network' error", async () => {
    // given a slow server
    server.use(
      http.get('/api/things', async () => {
        await delay(1000);
        return HttpResponse.json({ id: 'x', count: 1 });
      }),
    );
    const controller = new AbortController();
    // when the caller aborts
    const request = apiRequest('/things', { schema: thingSchema, signal: controller.signal });
    controller.abort();
    // then it sees its own abort, which React Query treats as a cancellation
    const reason = await request.catch((error: unknown) => error);
    expect(isApiError(reason)).toBe(false);
    expect((reason as Error).name).toBe('AbortError');
  });
});
