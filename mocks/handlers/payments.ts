import { http, HttpResponse, type DefaultBodyType, type PathParams } from 'msw';
import {
  completePaymentRequestSchema,
  findProvider,
  gatewayPagePath,
  paymentsPath,
  startPaymentRequestSchema,
  type Payment,
} from '@/lib/api-contract/payments';
import { dossiersPath } from '@/lib/api-contract/dossiers';
import { requireCitizen } from '../auth/require-citizen';
import { dossiers, payments, type StoredPayment } from '../db/collections';
import { mockLatency } from '../latency';
import { apiPath } from './api-path';
import { vietnamIsoString } from './dossier-code';
import { errorResponse, toIssues, type OrError } from './error-response';
import { readJson } from './read-json';

const toPayment = ({ owner: _owner, ...payment }: StoredPayment): Payment => payment;

/** A bank-style reference: provider, date and a random tail, unique enough for a receipt. */
const transactionId = (provider: string, now: Date): string =>
  `${provider.toUpperCase().replace(/[^A-Z]/g, '').slice(0, 4)}${vietnamIsoString(now).slice(2, 10).replace(/-/g, '')}${crypto.randomUUID().replace(/-/g, '').slice(0, 8).toUpperCase()}`;

/**
 * Fee payment: the portal starts a payment for the citizen's own pending dossier, the gateway
 * (mocked, its own page) reports the outcome, and only a success marks the dossier paid. A
 * failure or cancellation changes nothing on the dossier: it is paid again later.
 */
export const paymentHandlers = [
  http.post<{ code: string }, DefaultBodyType, OrError<Payment>>(apiPath(`${dossiersPath}/:code/payments`), async ({ params, request }) => {
    await mockLatency();
    const check = await requireCitizen(request);
    if (!check.ok) return check.response;
    const code = decodeURIComponent(params.code);
    const dossier = await dossiers.get(code);
    if (!dossier || dossier.owner !== check.citizen.soDinhDanh) return errorResponse(404, 'dossier-not-found', `No dossier "${code}"`);
    if (!dossier.payment) return errorResponse(409, 'no-fee', 'This procedure is free online: there is nothing to pay');
    if (dossier.payment.status === 'paid') return errorResponse(409, 'already-paid', 'The fee of this dossier has been paid');
    const json = await readJson(request);
    const parsed = startPaymentRequestSchema.safeParse(json.ok ? json.body : undefined);
    if (!parsed.success) return errorResponse(400, 'invalid-request', 'Choose a payment method and provider', toIssues(parsed.error));
    if (!findProvider(parsed.data.method, parsed.data.provider)) {
      return errorResponse(400, 'unknown-provider', `"${parsed.data.provider}" does not offer this payment method`);
    }
    const paymentId = crypto.randomUUID();
    const payment: StoredPayment = {
      paymentId,
      dossierCode: code,
      amount: dossier.payment.amount,
      ...parsed.data,
      status: 'pending',
      createdAt: vietnamIsoString(new Date()),
      gatewayUrl: gatewayPagePath(paymentId),
      owner: check.citizen.soDinhDanh,
    };
    await payments.put(paymentId, payment);
    return HttpResponse.json<Payment>(toPayment(payment), { status: 201 });
  }),

  http.get<{ id: string }, DefaultBodyType, OrError<Payment>>(apiPath(`${paymentsPath}/:id`), async ({ params, request }) => {
    await mockLatency();
    const check = await requireCitizen(request);
    if (!check.ok) return check.response;
    const payment = await payments.get(params.id);
    if (!payment || payment.owner !== check.citizen.soDinhDanh) return errorResponse(404, 'payment-not-found', 'No such payment');
    return HttpResponse.json<Payment>(toPayment(payment), { headers: { 'Cache-Control': 'no-store' } });
  }),

  /** The gateway's own view of a payment, for its page (the gateway knows no portal token). */
  http.get<{ id: string }, DefaultBodyType, OrError<Payment>>(apiPath('/payment-gateway/:id'), async ({ params }) => {
    await mockLatency();
    const payment = await payments.get(params.id);
    if (!payment) return errorResponse(404, 'payment-not-found', 'No such payment');
    return HttpResponse.json<Payment>(toPayment(payment), { headers: { 'Cache-Control': 'no-store' } });
  }),

  /**
   * The gateway's side (in reality a signed server-to-server notification): what the citizen did
   * on the gateway's page. Only a pending payment can complete, once.
   */
  http.post<PathParams, DefaultBodyType, OrError<Payment>>(apiPath('/payment-gateway/:id/complete'), async ({ params, request }) => {
    await mockLatency();
    const id = String(params.id);
    const json = await readJson(request);
    const parsed = completePaymentRequestSchema.safeParse(json.ok ? json.body : undefined);
    if (!parsed.success) return errorResponse(400, 'invalid-request', 'Unknown outcome', toIssues(parsed.error));
    const payment = await payments.get(id);
    if (!payment) return errorResponse(404, 'payment-not-found', 'No such payment');
    if (payment.status !== 'pending') return errorResponse(409, 'payment-completed', 'This payment has already completed');
    const now = new Date();
    const { outcome } = parsed.data;
    const completed: StoredPayment =
      outcome === 'succeeded'
        ? { ...payment, status: 'succeeded', transactionId: transactionId(payment.provider, now), completedAt: vietnamIsoString(now) }
        : outcome === 'cancelled'
          ? { ...payment, status: 'cancelled', completedAt: vietnamIsoString(now) }
          : { ...payment, status: 'failed', failureReason: outcome, completedAt: vietnamIsoString(now) };
    await payments.put(id, completed);
    if (completed.status === 'succeeded' && completed.transactionId && completed.completedAt) {
      const { transactionId: reference, completedAt, amount, method, provider } = completed;
      await dossiers.update(payment.dossierCode, (dossier) => {
        if (!dossier) throw new Error(`payment ${id} names a missing dossier`);
        return { ...dossier, payment: { status: 'paid', amount, method, provider, transactionId: reference, paidAt: completedAt } };
      });
    }
    return HttpResponse.json<Payment>(toPayment(completed));
  }),
];
