import { File as NodeFile } from 'node:buffer';
import { onePageSchema } from '@tests/fixtures/make-form-schema';
import { resolveApiUrl } from '@/lib/api-client';
import { attachmentFilePart, attachmentSchema } from '@/lib/api-contract/attachments';
import { dossierReceiptSchema, idempotencyKeyHeader } from '@/lib/api-contract/dossiers';
import { paymentSchema } from '@/lib/api-contract/payments';
import { signInAs } from '../auth/test-sign-in';
import { getSyntheticRegistry } from '../data/synthetic';
import { publishMockForm } from '../db/published-forms';
import { handlers } from './index';

/**
 * Every mock endpoint, classified. A handler added without a row here fails the first test, so
 * nobody ships an endpoint without deciding who may call it.
 *  - public: callable without a token, for the reason given;
 *  - citizen: a live token of the identity provider (else 401); resources of one citizen answer
 *    404 (or 403 for registry records) to anyone else, proven below;
 *  - tester / author: a token of an account with that staff role (else 401, and 403 for a citizen).
 */
type Access = { access: 'public'; reason: string } | { access: 'citizen' | 'tester' | 'author' };

const endpoints: Record<string, Access> = {
  'GET /forms': { access: 'public', reason: 'the catalogue of procedures is public information' },
  'GET /forms/:id': { access: 'public', reason: 'a published form schema holds no personal data; visitors read it before signing in' },
  'POST /dossiers': { access: 'citizen' },
  'GET /dossiers': { access: 'citizen' },
  'GET /dossiers/:code': { access: 'citizen' },
  'GET /dossiers/:code/rating': { access: 'citizen' },
  'PUT /dossiers/:code/rating': { access: 'citizen' },
  'POST /sessions/:id/events': { access: 'citizen' },
  'GET /metrics': { access: 'tester' },
  'POST /metrics/sample': { access: 'tester' },
  'DELETE /metrics/sample': { access: 'tester' },
  'POST /test-runs': { access: 'tester' },
  'GET /test-runs': { access: 'tester' },
  'GET /drafts': { access: 'citizen' },
  'GET /drafts/:formId': { access: 'citizen' },
  'PUT /drafts/:formId': { access: 'citizen' },
  'DELETE /drafts/:formId': { access: 'citizen' },
  'POST /dossiers/:code/payments': { access: 'citizen' },
  'GET /payments/:id': { access: 'citizen' },
  'GET /payment-gateway/:id': { access: 'public', reason: 'the bank’s own page: the citizen is on the gateway, without the portal’s token; it shows amount and reference only' },
  'POST /payment-gateway/:id/complete': { access: 'public', reason: 'the gateway’s outcome callback, authenticated by the bank (signature) in a real system, never by a citizen token' },
  'POST /attachments': { access: 'citizen' },
  'GET /attachments/:id': { access: 'citizen' },
  'GET /auth/personas': { access: 'public', reason: 'the identity provider’s own sign-in page (test accounts), before any token exists' },
  'POST /auth/authorize': { access: 'public', reason: 'the identity provider’s sign-in: it issues the code' },
  'POST /auth/token': { access: 'public', reason: 'OAuth token endpoint: authenticated by the one-time code, not a token' },
  'GET /auth/userinfo': { access: 'citizen' },
  'POST /auth/logout': { access: 'public', reason: 'revokes the token it is sent, if any; answers 204 so a retry or a stale tab is harmless' },
  'GET /dan-cu/cong-dan/:id': { access: 'citizen' },
  'GET /dan-cu/nguoi-lien-quan/:id': { access: 'citizen' },
  'GET /ho-tich/ket-hon/me': { access: 'citizen' },
  'GET /ho-tich/khai-sinh/me': { access: 'citizen' },
  'GET /y-te/giay-chung-sinh/me': { access: 'citizen' },
  'GET /y-te/giay-bao-tu/me': { access: 'citizen' },
  'GET /y-te/giay-bao-tu/:id': { access: 'citizen' },
  'GET /bhxh/me': { access: 'citizen' },
  'GET /dkkd/doanh-nghiep/me': { access: 'citizen' },
  'GET /dat-dai/thua-dat/me': { access: 'citizen' },
  'GET /gplx/giay-phep/me': { access: 'citizen' },
  'GET /kho-du-lieu/giay-to': { access: 'citizen' },
  'GET /authoring/forms': { access: 'author' },
  'POST /authoring/forms': { access: 'author' },
  'GET /authoring/forms/:id/draft': { access: 'author' },
  'PUT /authoring/forms/:id/draft': { access: 'author' },
  'DELETE /authoring/forms/:id/draft': { access: 'author' },
  'POST /authoring/forms/:id/publish': { access: 'author' },
  'POST /authoring/preview-tokens': { access: 'author' },
};

const apiBase = new URL(resolveApiUrl('/')).pathname.replace(/\/$/, '');
/** `GET /dossiers/:code` for each handler, its path relative to the API base. */
const handlerKeys = handlers.map((handler) => {
  const { method, path } = handler.info as { method: string; path: string };
  return `${method} ${new URL(String(path)).pathname.slice(apiBase.length)}`;
});

const request = (key: string, token?: string) => {
  const [method = 'GET', path = '/'] = key.split(' ');
  const url = path.replace(/:\w+/g, 'khong-co');
  const hasBody = method === 'POST' || method === 'PUT';
  return fetch(resolveApiUrl(url), {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
      [idempotencyKeyHeader]: crypto.randomUUID(),
    },
    ...(hasBody ? { body: '{}' } : {}),
  });
};

const protectedKeys = Object.entries(endpoints).filter(([, rule]) => rule.access !== 'public').map(([key]) => key);
const staffKeys = Object.entries(endpoints)
  .filter(([, rule]) => rule.access === 'tester' || rule.access === 'author')
  .map(([key, rule]) => [key, rule.access] as const);

describe('authorisation on every mock endpoint', () => {
  it('classifies every handler, and only handlers that exist', () => {
    expect([...new Set(handlerKeys)].sort()).toEqual(Object.keys(endpoints).sort());
  });

  it.each(protectedKeys)('%s answers 401 without a token', async (key) => {
    const response = await request(key);
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
  });

  it.each(protectedKeys)('%s answers 401 with a forged token', async (key) => {
    expect((await request(key, 'gia-mao')).status).toBe(401);
  });

  it.each(staffKeys)('%s answers 403 to a citizen without the %s role', async (key) => {
    const { accessToken } = await signInAs('chi-lan');
    expect((await request(key, accessToken)).status).toBe(403);
  });
});

describe('one citizen’s resources, asked for by another', () => {
  const feeForm = onePageSchema([{ type: 'text', id: 'ghiChu', label: { vi: 'Ghi chú' }, required: false }], {
    id: 'thu-co-phi',
    procedure: { fee: { direct: 20_000, online: 10_000 } },
  });
  let owner = '';
  let other = '';
  const call = (path: string, token: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(resolveApiUrl(path), {
      method: init.method ?? 'GET',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', [idempotencyKeyHeader]: crypto.randomUUID() },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const fileDossier = async () => {
    const body = { formId: 'thu-co-phi', formVersion: 1, answers: { ghiChu: '' }, origins: { ghiChu: { kind: 'typed' } }, submittedAt: new Date().toISOString() };
    return dossierReceiptSchema.parse(await (await call('/dossiers', owner, { method: 'POST', body })).json());
  };
  const soDinhDanhOf = (persona: string) => getSyntheticRegistry().personas.find((candidate) => candidate.id === persona)?.soDinhDanh ?? '';

  beforeEach(async () => {
    await publishMockForm(feeForm);
    owner = (await signInAs('chi-lan')).accessToken;
    other = (await signInAs('anh-khoa')).accessToken;
  });

  it('hides a dossier, its rating and its payments from anyone else (404), and leaves it out of their list', async () => {
    const { dossierCode } = await fileDossier();
    const path = `/dossiers/${encodeURIComponent(dossierCode)}`;
    expect((await call(path, other)).status).toBe(404);
    expect((await call(`${path}/rating`, other)).status).toBe(404);
    expect((await call(`${path}/rating`, other, { method: 'PUT', body: { level: 'rat-hai-long' } })).status).toBe(404);
    expect((await call(`${path}/payments`, other, { method: 'POST', body: { method: 'ngan-hang', provider: 'vietcombank' } })).status).toBe(404);
    expect(await (await call('/dossiers', other)).text()).not.toContain(dossierCode);
    expect((await call(path, owner)).status).toBe(200);
  });

  it('hides a payment from anyone else (404)', async () => {
    const { dossierCode } = await fileDossier();
    const started = await call(`/dossiers/${encodeURIComponent(dossierCode)}/payments`, owner, { method: 'POST', body: { method: 'ngan-hang', provider: 'vietcombank' } });
    const payment = paymentSchema.parse(await started.json());
    expect((await call(`/payments/${payment.paymentId}`, other)).status).toBe(404);
    expect((await call(`/payments/${payment.paymentId}`, owner)).status).toBe(200);
  });

  it('hides an uploaded file from anyone else (404)', async () => {
    const NodeFormData = (await new Response(new URLSearchParams()).formData()).constructor as typeof FormData;
    const body = new NodeFormData();
    body.append(attachmentFilePart, new NodeFile(['%PDF'], 'cccd.pdf', { type: 'application/pdf' }) as unknown as Blob, 'cccd.pdf');
    const uploaded = await fetch(resolveApiUrl('/attachments'), { method: 'POST', body, headers: { Authorization: `Bearer ${owner}` } });
    const attachment = attachmentSchema.parse(await uploaded.json());
    expect((await call(`/attachments/${attachment.id}`, other)).status).toBe(404);
  });

  it('refuses another citizen’s population record and an unrelated person’s data (403)', async () => {
    const lan = soDinhDanhOf('chi-lan');
    expect(lan).toMatch(/^\d{12}$/);
    expect((await call(`/dan-cu/cong-dan/${lan}`, other)).status).toBe(403);
    expect((await call(`/dan-cu/nguoi-lien-quan/${lan}`, other, {})).status).toBe(403);
    expect((await call(`/y-te/giay-bao-tu/${lan}`, other)).status).toBe(403);
  });
});
