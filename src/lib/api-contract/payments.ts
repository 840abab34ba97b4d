import { z } from '@/lib/zod';

/**
 * Online fee payment through the national payment platform (Nền tảng thanh toán trực tuyến of the
 * National Public Service Portal): the dossier is filed first and kept whatever happens to the
 * payment, then the citizen pays at a gateway and comes back with the transaction's outcome.
 */
export const paymentMethods = ['ngan-hang', 'vi-dien-tu'] as const;
export const paymentMethodSchema = z.enum(paymentMethods);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

/** Banks and e-wallets the mocked gateway offers, by method. Names are what citizens recognise. */
export const paymentProviders: Readonly<Record<PaymentMethod, readonly { id: string; name: string }[]>> = {
  'ngan-hang': [
    { id: 'vietcombank', name: 'Vietcombank' },
    { id: 'vietinbank', name: 'VietinBank' },
    { id: 'bidv', name: 'BIDV' },
    { id: 'agribank', name: 'Agribank' },
  ],
  'vi-dien-tu': [
    { id: 'vnpt-money', name: 'VNPT Money' },
    { id: 'viettel-money', name: 'Viettel Money' },
    { id: 'momo', name: 'MoMo' },
  ],
};
export const findProvider = (method: PaymentMethod, id: string) => paymentProviders[method].find((p) => p.id === id);

const isoDateTime = z.iso.datetime({ offset: true });

/** The dossier's fee as its receipt states it. `pending` until a payment succeeds. */
export const dossierPaymentSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pending'), amount: z.number().check(z.int(), z.positive()) }),
  z.object({
    status: z.literal('paid'),
    amount: z.number().check(z.int(), z.positive()),
    method: paymentMethodSchema,
    provider: z.string().check(z.minLength(1)),
    transactionId: z.string().check(z.minLength(1)),
    paidAt: isoDateTime,
  }),
]);
export type DossierPayment = z.infer<typeof dossierPaymentSchema>;

export const paymentsPath = '/payments';
export const paymentPath = (id: string): string => `${paymentsPath}/${encodeURIComponent(id)}`;
/** `POST`: start paying the dossier's fee. */
// Spelled out: dossiers.ts imports this module, so importing it back would be a cycle.
export const dossierPaymentsPath = (dossierCode: string): string => `/dossiers/${encodeURIComponent(dossierCode)}/payments`;

export const startPaymentRequestSchema = z.object({ method: paymentMethodSchema, provider: z.string().check(z.minLength(1)) });
export type StartPaymentRequest = z.infer<typeof startPaymentRequestSchema>;

export const paymentStatuses = ['pending', 'succeeded', 'failed', 'cancelled'] as const;

/** A payment attempt; a failed or cancelled one leaves the dossier pending, to be paid again. */
export const paymentSchema = z.object({
  paymentId: z.string().check(z.minLength(1)),
  dossierCode: z.string().check(z.minLength(1)),
  amount: z.number().check(z.int(), z.positive()),
  method: paymentMethodSchema,
  provider: z.string().check(z.minLength(1)),
  status: z.enum(paymentStatuses),
  /** Why the gateway refused (`insufficient-funds`, `declined`), when it failed. */
  failureReason: z.optional(z.string()),
  transactionId: z.optional(z.string()),
  createdAt: isoDateTime,
  completedAt: z.optional(isoDateTime),
  /** Where the citizen is sent to pay: the gateway's page for this payment. */
  gatewayUrl: z.string().check(z.minLength(1)),
});
export type Payment = z.infer<typeof paymentSchema>;

/** Path of the mocked gateway's own page (outside the portal, like the identity provider's). */
export const gatewayPagePath = (paymentId: string): string => `/cong-thanh-toan/${encodeURIComponent(paymentId)}`;
/** The portal page the gateway sends the citizen back to. */
export const paymentReturnPath = (dossierCode: string, paymentId: string): string =>
  `/ho-so/${encodeURIComponent(dossierCode)}/thanh-toan?giao-dich=${encodeURIComponent(paymentId)}`;

/** Mock gateway only: the outcome the citizen chose on the gateway's page. */
export const gatewayOutcomes = ['succeeded', 'insufficient-funds', 'cancelled'] as const;
export const completePaymentRequestSchema = z.object({ outcome: z.enum(gatewayOutcomes) });
export const gatewayPaymentPath = (paymentId: string): string => `/payment-gateway/${encodeURIComponent(paymentId)}`;
export const gatewayCompletePath = (paymentId: string): string => `${gatewayPaymentPath(paymentId)}/complete`;
