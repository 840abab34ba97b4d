import { signInAs } from '../auth/test-sign-in';
import { resolveApiUrl } from '@/lib/api-client';
import { dossierReceiptSchema, dossiersPath, idempotencyKeyHeader, type SubmitDossierRequest } from '@/lib/api-contract/dossiers';
import { metricsPath, metricsSamplePath, metricsSchema, testRunSchema, testRunsPath } from '@/lib/api-contract/metrics';
import { dossierRatingSchema, ratingPath } from '@/lib/api-contract/ratings';
import { sessionEventsPath, type SessionEventsRequest } from '@/lib/api-contract/sessions';
import { generateMetricsSample } from '../data/metrics-sample';

afterEach(() => {
  vi.useRealTimers();
});

const call = (path: string, token: string | undefined, method = 'GET', body?: unknown) =>
  fetch(resolveApiUrl(path), {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(method === 'POST' && path === dossiersPath ? { [idempotencyKeyHeader]: crypto.randomUUID() } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const dossier: SubmitDossierRequest = {
  formId: 'dang-ky-khai-sinh',
  formVersion: 1,
  answers: { treHoTen: 'Nguyễn Minh An' },
  origins: { treHoTen: { kind: 'typed' } },
  submittedAt: '2026-11-22T02:15:00.000Z',
};

const token = async (persona: string) => (await signInAs(persona)).accessToken;

describe('GET /metrics (the UX testers’ data)', () => {
  it('is refused without a token (401) and to a citizen without the tester role (403)', async () => {
    expect((await call(metricsPath, undefined)).status).toBe(401);
    const citizen = await token('chi-lan');
    const refused = await call(metricsPath, citizen);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'forbidden' });
    expect((await call(metricsSamplePath, citizen, 'DELETE')).status).toBe(403);
    expect((await call(testRunsPath, citizen, 'POST', { name: 'x', formId: 'dang-ky-khai-sinh', participants: ['P1'] })).status).toBe(403);
  });

  it('shows a tester the labelled sample on first start, which can be cleared and stays cleared', async () => {
    const tester = await token('kiem-thu-vien');
    const first = metricsSchema.parse(await (await call(metricsPath, tester)).json());
    expect(first.sample.present).toBe(true);
    expect(first.sessions.length).toBeGreaterThan(100);
    expect(first.sessions.every((row) => row.sample)).toBe(true);
    expect(first.ratings.length).toBeGreaterThan(50);
    expect(first.runs.map((run) => run.sample)).toEqual([true]);

    expect((await call(metricsSamplePath, tester, 'DELETE')).status).toBe(200);
    const cleared = metricsSchema.parse(await (await call(metricsPath, tester)).json());
    expect(cleared).toEqual({ sessions: [], ratings: [], runs: [], sample: { present: false } });
  });

  it('generates the same sample for the same day', () => {
    const now = Date.parse('2026-11-22T03:00:00Z');
    expect(generateMetricsSample(now)).toEqual(generateMetricsSample(now));
  });

  it('measures login→submit on the server, from the token’s issue to the dossier’s acceptance, and joins the client’s events', async () => {
    // given chi-lan signed in at 09:00 and files her dossier at 09:04:30 (Vietnam time)
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T02:00:00Z'));
    const citizen = await token('chi-lan');
    vi.setSystemTime(new Date('2026-11-22T02:04:30Z'));
    const receipt = dossierReceiptSchema.parse(await (await call(dossiersPath, citizen, 'POST', dossier)).json());
    // and her client reports its events for the session, with a test run
    const t = Date.parse('2026-11-22T02:00:00Z');
    const events: SessionEventsRequest = {
      formId: 'dang-ky-khai-sinh',
      formVersion: 1,
      run: { runId: 'r1', participant: 'P01' },
      events: [
        { seq: 0, at: t, type: 'signed-in' },
        { seq: 1, at: t + 10_000, type: 'page-entered', pageId: 'nguoi-yeu-cau' },
        { seq: 2, at: t + 200_000, type: 'validation-error', pageId: 'nguoi-yeu-cau', fieldIds: ['nycEmail'] },
        { seq: 3, at: t + 269_000, type: 'submit-acknowledged', dossierCode: receipt.dossierCode },
      ],
    };
    const sent = await call(sessionEventsPath('s-1'), citizen, 'POST', events);
    expect(sent.status).toBe(202);
    // a re-send of the same events is stored once
    expect(await (await call(sessionEventsPath('s-1'), citizen, 'POST', events)).json()).toEqual({ sessionId: 's-1', stored: 4 });
    // another citizen cannot write into her session
    expect((await call(sessionEventsPath('s-1'), await token('anh-hung'), 'POST', events)).status).toBe(404);

    const tester = await token('kiem-thu-vien');
    await call(metricsSamplePath, tester, 'DELETE');
    const metrics = metricsSchema.parse(await (await call(metricsPath, tester)).json());
    expect(metrics.sessions).toHaveLength(1);
    expect(metrics.sessions[0]).toMatchObject({
      id: 's-1',
      personaId: 'chi-lan',
      procedureCode: '1.001193',
      runId: 'r1',
      participant: 'P01',
      dossierCode: receipt.dossierCode,
      loginToSubmitSeconds: 270,
      summary: { loginToSubmitSeconds: 269, validationErrors: 1, errorsByField: { nycEmail: 1 }, submitted: true },
    });
  });

  it('counts a dossier filed without any client events all the same', async () => {
    const citizen = await token('chi-lan');
    const receipt = dossierReceiptSchema.parse(await (await call(dossiersPath, citizen, 'POST', dossier)).json());
    const tester = await token('kiem-thu-vien');
    await call(metricsSamplePath, tester, 'DELETE');
    const metrics = metricsSchema.parse(await (await call(metricsPath, tester)).json());
    expect(metrics.sessions).toEqual([expect.objectContaining({ dossierCode: receipt.dossierCode, events: [] })]);
    expect(metrics.sessions[0]?.loginToSubmitSeconds).toBeGreaterThanOrEqual(0);
  });

  it('lets a tester create a test run of a published form', async () => {
    const tester = await token('kiem-thu-vien');
    const created = await call(testRunsPath, tester, 'POST', { name: 'Vòng 1', formId: 'dang-ky-khai-sinh', participants: ['P01', 'P02', 'P01'] });
    expect(created.status).toBe(201);
    expect(testRunSchema.parse(await created.json())).toMatchObject({ name: 'Vòng 1', participants: ['P01', 'P02'], sample: false });
    expect((await call(testRunsPath, tester, 'POST', { name: 'x', formId: 'khong-co', participants: ['P01'] })).status).toBe(422);
  });
});

describe('PUT /dossiers/:code/rating', () => {
  const rate = (code: string, token: string, body: unknown) => call(ratingPath(code), token, 'PUT', body);

  it('keeps one rating per dossier, by its owner, changeable; a reason is required when not satisfied', async () => {
    const owner = await token('chi-lan');
    const receipt = dossierReceiptSchema.parse(await (await call(dossiersPath, owner, 'POST', dossier)).json());
    expect((await call(ratingPath(receipt.dossierCode), owner)).status).toBe(204); // not rated yet

    const unhappy = { level: 'khong-hai-long', easeOfUse: 'hai-long', overallService: 'khong-hai-long' };
    const missingReason = await rate(receipt.dossierCode, owner, unhappy);
    expect(missingReason.status).toBe(400);
    expect(await missingReason.json()).toMatchObject({ issues: [expect.objectContaining({ path: 'reason' })] });

    const first = await rate(receipt.dossierCode, owner, { ...unhappy, reason: 'Trang tải chậm' });
    expect(first.status).toBe(201);
    const changed = await rate(receipt.dossierCode, owner, { level: 'rat-hai-long', reason: 'bỏ qua', easeOfUse: 'rat-hai-long', overallService: 'hai-long' });
    expect(changed.status).toBe(200);
    const stored = dossierRatingSchema.parse(await (await call(ratingPath(receipt.dossierCode), owner)).json());
    expect(stored).toMatchObject({ level: 'rat-hai-long', easeOfUse: 'rat-hai-long', changeable: true });
    expect(stored.reason).toBeUndefined();

    // someone else can neither read nor rate it
    const other = await token('anh-hung');
    expect((await call(ratingPath(receipt.dossierCode), other)).status).toBe(404);
    expect((await rate(receipt.dossierCode, other, unhappy)).status).toBe(404);
    expect((await rate(receipt.dossierCode, '', unhappy)).status).toBe(401);

    // and the testers see one rating of it
    const tester = await token('kiem-thu-vien');
    await call(metricsSamplePath, tester, 'DELETE');
    const metrics = metricsSchema.parse(await (await call(metricsPath, tester)).json());
    expect(metrics.ratings).toEqual([expect.objectContaining({ dossierCode: receipt.dossierCode, level: 'rat-hai-long', personaId: 'chi-lan' })]);
  });
});
