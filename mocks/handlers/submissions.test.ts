import { signInAs } from '../auth/test-sign-in';
import { resolveApiUrl } from '@/lib/api-client';
import {
  dossierPath,
  dossierReceiptSchema,
  dossierSchema,
  dossiersPath,
  idempotencyKeyHeader,
  type SubmitDossierRequest,
} from '@/lib/api-contract/dossiers';

// The MSW server (mocks/node.ts) listens for every test file, and the mock DB is reset after
// each test, in tests/setup/vitest.setup.ts.
afterEach(() => {
  vi.useRealTimers();
});

const submission: SubmitDossierRequest = {
  formId: 'dang-ky-khai-sinh',
  formVersion: 1,
  answers: { treHoTen: 'Nguyễn Minh An', treNgaySinh: '2026-11-20', nycEmail: '' },
  origins: {
    treHoTen: { kind: 'typed' },
    treNgaySinh: { kind: 'prefilled', source: 'YT', retrievedAt: '2026-11-22T08:00:00+07:00' },
    nycEmail: { kind: 'typed' },
  },
  submittedAt: '2026-11-22T02:15:00.000Z',
};

let token: string | undefined;
beforeEach(async () => {
  token = (await signInAs('chi-lan')).accessToken;
});
const bearer = (): Record<string, string> => (token === undefined ? {} : { Authorization: `Bearer ${token}` });

/** `key: null` sends no Idempotency-Key header. */
const post = (body: unknown, key: string | null = crypto.randomUUID()) =>
  fetch(resolveApiUrl(dossiersPath), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...bearer(), ...(key === null ? {} : { [idempotencyKeyHeader]: key }) },
    body: JSON.stringify(body),
  });
const get = (code: string) => fetch(resolveApiUrl(dossierPath(code)), { headers: bearer() });

describe('POST /dossiers', () => {
  it('files a dossier with a code <agency>-<yyMMdd>-<daily sequence> of the Vietnamese day', async () => {
    // given it is 22 Nov 2026, 23:30 UTC — already the 23rd in Việt Nam
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T23:30:00Z'));
    token = (await signInAs('chi-lan')).accessToken; // a token of that moment
    // when two dossiers are filed
    const first = await post(submission);
    const second = await post(submission);
    // then both are created, numbered in the agency's sequence for that day
    expect(first.status).toBe(201);
    const receipt = dossierReceiptSchema.parse(await first.json());
    expect(receipt.dossierCode).toBe('000.00.31.H56-261123-0001');
    expect(dossierReceiptSchema.parse(await second.json()).dossierCode).toBe('000.00.31.H56-261123-0002');
    expect(receipt).toMatchObject({ formId: 'dang-ky-khai-sinh', formVersion: 1, procedureCode: '1.001193', status: 'received' });
    expect(receipt.receivedAt).toBe('2026-11-23T06:30:00.000+07:00');
  });

  it('returns the same dossier, with 200, when the idempotency key is replayed', async () => {
    // given a dossier filed with a key
    const key = crypto.randomUUID();
    const created = dossierReceiptSchema.parse(await (await post(submission, key)).json());
    // when the same submission is sent again with that key (a retry after a lost response)
    const replay = await post({ ...submission, submittedAt: '2026-11-22T02:16:00.000Z' }, key);
    // then no second dossier is filed
    expect(replay.status).toBe(200);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(dossierReceiptSchema.parse(await replay.json())).toEqual(created);
  });

  it('files a double click once: concurrent requests with one key get one dossier', async () => {
    const key = crypto.randomUUID();
    const responses = await Promise.all([post(submission, key), post(submission, key)]);
    const codes = await Promise.all(responses.map(async (r) => dossierReceiptSchema.parse(await r.json()).dossierCode));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(new Set(codes).size).toBe(1);
  });

  it('refuses a reused key carrying a different submission with 422', async () => {
    const key = crypto.randomUUID();
    await post(submission, key);
    const reused = await post({ ...submission, answers: { treHoTen: 'Trần Thị Bình' } }, key);
    expect(reused.status).toBe(422);
    expect(await reused.json()).toMatchObject({ code: 'idempotency-key-reused' });
  });

  it('requires an Idempotency-Key, a UUID', async () => {
    const missing = await post(submission, null);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: 'idempotency-key-missing' });
    const invalid = await post(submission, 'not-a-uuid');
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ code: 'idempotency-key-invalid' });
  });

  it('rejects a body outside the contract with 400 and the issues', async () => {
    const response = await post({ ...submission, origins: { treHoTen: { kind: 'guessed' } }, formVersion: 0 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { code: string; issues: { path: string }[] };
    expect(body.code).toBe('invalid-request');
    expect(body.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['formVersion', 'origins.treHoTen.kind']));
  });

  it('rejects a form version that is not published with 422', async () => {
    const response = await post({ ...submission, formVersion: 99 });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: 'unknown-form' });
  });
});

describe('GET /dossiers/:code', () => {
  it('returns the filed dossier with its answers, origins and form title', async () => {
    const { dossierCode } = dossierReceiptSchema.parse(await (await post(submission)).json());
    const response = await get(dossierCode);
    expect(response.status).toBe(200);
    const dossier = dossierSchema.parse(await response.json());
    expect(dossier).toMatchObject({ dossierCode, answers: submission.answers, origins: submission.origins });
    expect(dossier.formTitle.vi).toBe('Tờ khai đăng ký khai sinh');
  });

  it('answers 404 for an unknown code', async () => {
    const response = await get('000.00.31.H56-261122-9999');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'dossier-not-found' });
  });
});

describe('who may file and read dossiers', () => {
  it('answers 401 without a token, for filing and for reading', async () => {
    const { dossierCode } = dossierReceiptSchema.parse(await (await post(submission)).json());
    token = undefined;
    expect((await post(submission)).status).toBe(401);
    expect((await get(dossierCode)).status).toBe(401);
  });

  it("does not disclose another citizen's dossier (404, as if it did not exist)", async () => {
    const { dossierCode } = dossierReceiptSchema.parse(await (await post(submission)).json());
    token = (await signInAs('anh-hung')).accessToken;
    const response = await get(dossierCode);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'dossier-not-found' });
  });

  it("keeps one citizen's idempotency key apart from another's", async () => {
    const key = crypto.randomUUID();
    const mine = dossierReceiptSchema.parse(await (await post(submission, key)).json());
    token = (await signInAs('anh-hung')).accessToken;
    const theirs = await post(submission, key);
    expect(theirs.status).toBe(201);
    expect(dossierReceiptSchema.parse(await theirs.json()).dossierCode).not.toBe(mine.dossierCode);
  });
});
