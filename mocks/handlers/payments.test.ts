import { onePageSchema } from '@tests/fixtures/make-form-schema';
import { resolveApiUrl } from '@/lib/api-client';
import { dossierPath, dossierReceiptSchema, dossierSchema, dossiersPath, idempotencyKeyHeader } from '@/lib/api-contract/dossiers';
import { dossierPaymentsPath, gatewayCompletePath, paymentPath, paymentSchema } from '@/lib/api-contract/payments';
import { signInAs } from '../auth/test-sign-in';
import { publishMockForm } from '../db/published-forms';

const feeForm = onePageSchema([{ type: 'text', id: 'ghiChu', label: { vi: 'Ghi chú' }, required: false }], {
  id: 'thu-co-phi',
  procedure: { fee: { direct: 20_000, online: 10_000 } },
});
const freeForm = { ...onePageSchema([{ type: 'text', id: 'ghiChu', label: { vi: 'Ghi chú' }, required: false }]), id: 'thu-mien-phi' };

let token = '';
const call = (path: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(resolveApiUrl(path), {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', [idempotencyKeyHeader]: crypto.randomUUID() },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
const file = async (formId: string) => {
  const body = { formId, formVersion: 1, answers: { ghiChu: '' }, origins: { ghiChu: { kind: 'typed' } }, submittedAt: new Date().toISOString() };
  return dossierReceiptSchema.parse(await (await call(dossiersPath, { method: 'POST', body })).json());
};
const startPayment = (code: string, provider = 'vietcombank') =>
  call(dossierPaymentsPath(code), { method: 'POST', body: { method: 'ngan-hang', provider } });
const complete = (paymentId: string, outcome: string) => call(gatewayCompletePath(paymentId), { method: 'POST', body: { outcome } });

beforeEach(async () => {
  await publishMockForm(feeForm);
  await publishMockForm(freeForm);
  token = (await signInAs('chi-lan')).accessToken;
});

describe('fee payment', () => {
  it('files a dossier with a fee as pending, and a free one with no payment at all', async () => {
    expect((await file('thu-co-phi')).payment).toEqual({ status: 'pending', amount: 10_000 });
    const free = await file('thu-mien-phi');
    expect(free.payment).toBeUndefined();
    const refused = await startPayment(free.dossierCode);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: 'no-fee' });
  });

  it('keeps the dossier pending through a failed payment, then marks it paid on success, once', async () => {
    const { dossierCode } = await file('thu-co-phi');
    const first = paymentSchema.parse(await (await startPayment(dossierCode)).json());
    expect(first).toMatchObject({ amount: 10_000, status: 'pending', gatewayUrl: `/cong-thanh-toan/${first.paymentId}` });

    const failed = paymentSchema.parse(await (await complete(first.paymentId, 'insufficient-funds')).json());
    expect(failed).toMatchObject({ status: 'failed', failureReason: 'insufficient-funds' });
    const afterFailure = dossierSchema.parse(await (await call(dossierPath(dossierCode))).json());
    expect(afterFailure.payment).toEqual({ status: 'pending', amount: 10_000 });
    expect(afterFailure.answers).toEqual({ ghiChu: '' });

    const second = paymentSchema.parse(await (await startPayment(dossierCode, 'bidv')).json());
    const paid = paymentSchema.parse(await (await complete(second.paymentId, 'succeeded')).json());
    expect(paid.status).toBe('succeeded');
    expect(paid.transactionId).toMatch(/^BIDV\d{6}[0-9A-F]{8}$/);
    const dossier = dossierSchema.parse(await (await call(dossierPath(dossierCode))).json());
    expect(dossier.payment).toEqual({
      status: 'paid', amount: 10_000, method: 'ngan-hang', provider: 'bidv', transactionId: paid.transactionId, paidAt: paid.completedAt,
    });

    expect((await complete(second.paymentId, 'succeeded')).status).toBe(409);
    const again = await startPayment(dossierCode);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'already-paid' });
  });

  it("lets nobody pay for, or look at the payments of, someone else's dossier", async () => {
    const { dossierCode } = await file('thu-co-phi');
    const payment = paymentSchema.parse(await (await startPayment(dossierCode)).json());
    token = (await signInAs('anh-hung')).accessToken;
    expect((await startPayment(dossierCode)).status).toBe(404);
    expect((await call(paymentPath(payment.paymentId))).status).toBe(404);
    token = 'not-a-token';
    expect((await startPayment(dossierCode)).status).toBe(401);
  });

  it('refuses a provider that does not offer the method', async () => {
    const { dossierCode } = await file('thu-co-phi');
    const response = await call(dossierPaymentsPath(dossierCode), { method: 'POST', body: { method: 'ngan-hang', provider: 'momo' } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'unknown-provider' });
  });
});
