import { resolveApiUrl } from '@/lib/api-client';
import { draftListSchema, draftPath, draftSchema, draftsPath, type Draft } from '@/lib/api-contract/drafts';
import { dossierListSchema, dossiersPath, idempotencyKeyHeader } from '@/lib/api-contract/dossiers';
import { signInAs } from '../auth/test-sign-in';
import { clearFaults, setFault } from '../faults';

let token: string | undefined;
const call = (path: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(resolveApiUrl(path), {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });

const draft = (overrides: Partial<Draft> = {}): Draft => ({
  formId: 'dang-ky-khai-sinh',
  formVersion: 1,
  pageId: 'nguoi-yeu-cau',
  answers: { nycQuanHe: 'me' },
  prefill: { entries: {}, typed: ['nycQuanHe'] },
  idempotencyKey: crypto.randomUUID(),
  updatedAt: '2026-11-22T09:00:00.000Z',
  ...overrides,
});

beforeEach(async () => {
  token = (await signInAs('chi-lan')).accessToken;
});
afterEach(() => clearFaults());

describe('drafts', () => {
  it("keeps one draft per citizen and form, readable by its owner only", async () => {
    const saved = draft();
    expect((await call(draftPath(saved.formId), { method: 'PUT', body: saved })).status).toBe(200);
    expect(draftSchema.parse(await (await call(draftPath(saved.formId))).json())).toEqual(saved);
    const list = draftListSchema.parse(await (await call(draftsPath)).json());
    expect(list.drafts).toEqual([expect.objectContaining({ formId: 'dang-ky-khai-sinh', pageId: 'nguoi-yeu-cau', formTitle: expect.objectContaining({ vi: 'Đăng ký khai sinh' }) })]);

    token = (await signInAs('anh-hung')).accessToken;
    expect((await call(draftPath(saved.formId))).status).toBe(204);
    expect(draftListSchema.parse(await (await call(draftsPath)).json()).drafts).toEqual([]);
    token = undefined;
    expect((await call(draftPath(saved.formId))).status).toBe(401);
    expect((await call(draftPath(saved.formId), { method: 'PUT', body: saved })).status).toBe(401);
  });

  it('refuses a save older than the stored one, so a late request never overwrites newer answers', async () => {
    await call(draftPath('dang-ky-khai-sinh'), { method: 'PUT', body: draft({ updatedAt: '2026-11-22T09:05:00.000Z', answers: { nycQuanHe: 'cha' } }) });
    const late = await call(draftPath('dang-ky-khai-sinh'), { method: 'PUT', body: draft({ updatedAt: '2026-11-22T09:01:00.000Z' }) });
    expect(late.status).toBe(409);
    expect(draftSchema.parse(await (await call(draftPath('dang-ky-khai-sinh'))).json()).answers).toEqual({ nycQuanHe: 'cha' });
  });

  it('drops a filed draft from the list, and deletes on request', async () => {
    await call(draftPath('dang-ky-khai-sinh'), { method: 'PUT', body: draft({ dossierCode: '000.00.31.H56-261122-0001' }) });
    expect(draftListSchema.parse(await (await call(draftsPath)).json()).drafts).toEqual([]);
    expect((await call(draftPath('dang-ky-khai-sinh'), { method: 'DELETE' })).status).toBe(204);
    expect((await call(draftPath('dang-ky-khai-sinh'))).status).toBe(204);
  });

  it('fails every other save when the drafts service is flaky (fault switch)', async () => {
    setFault('ban-nhap', 'flaky');
    const statuses = [];
    for (const minute of [1, 2, 3]) {
      statuses.push((await call(draftPath('dang-ky-khai-sinh'), { method: 'PUT', body: draft({ updatedAt: `2026-11-22T09:0${minute}:00.000Z` }) })).status);
    }
    expect(statuses).toEqual([503, 200, 503]);
  });
});

describe('GET /dossiers', () => {
  it("lists the citizen's own dossiers, newest first", async () => {
    const file = () =>
      fetch(resolveApiUrl(dossiersPath), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}`, [idempotencyKeyHeader]: crypto.randomUUID() },
        body: JSON.stringify({ formId: 'dang-ky-khai-sinh', formVersion: 1, answers: {}, origins: {}, submittedAt: new Date().toISOString() }),
      });
    await file();
    await file();
    const mine = dossierListSchema.parse(await (await call(dossiersPath)).json()).dossiers;
    expect(mine).toHaveLength(2);
    expect(mine[0]?.formTitle.vi).toBe('Tờ khai đăng ký khai sinh');
    token = (await signInAs('anh-hung')).accessToken;
    expect(dossierListSchema.parse(await (await call(dossiersPath)).json()).dossiers).toEqual([]);
  });
});
