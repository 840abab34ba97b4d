import { z } from '@/lib/zod';
import { dossierSchema } from '@/lib/api-contract/dossiers';
import { draftSchema } from '@/lib/api-contract/drafts';
import { paymentSchema } from '@/lib/api-contract/payments';
import { defineCollection } from './collection';

/**
 * A filed dossier as the mock backend keeps it: what `GET /dossiers/:code` returns, plus the
 * client's clock and the số định danh of the citizen who filed it (only they may read it).
 */
export const storedDossierSchema = z.extend(dossierSchema, { submittedAt: z.string(), owner: z.string() });
export type StoredDossier = z.infer<typeof storedDossierSchema>;
export const dossiers = defineCollection('dossiers', storedDossierSchema);

/** Idempotency keys seen, with the dossier each created and a fingerprint of what was sent. */
export const idempotencyKeys = defineCollection(
  'idempotency-keys',
  z.object({ dossierCode: z.string(), fingerprint: z.string() }),
);

/** Daily dossier sequences, keyed `<agency code>-<yyMMdd>`. */
export const dossierSequences = defineCollection('dossier-sequences', z.number().check(z.int(), z.minimum(0)));

const isArrayBuffer = (value: unknown): value is ArrayBuffer =>
  Object.prototype.toString.call(value) === '[object ArrayBuffer]';

/**
 * Uploaded files: the bytes (an ArrayBuffer clones into IndexedDB everywhere) and their metadata,
 * with the số định danh of the citizen who uploaded them (only they may read them back).
 */
export const storedAttachmentSchema = z.object({
  id: z.string(),
  owner: z.string(),
  name: z.string(),
  size: z.number().check(z.int(), z.minimum(0)),
  type: z.string(),
  uploadedAt: z.string(),
  bytes: z.custom<ArrayBuffer>(isArrayBuffer),
});
export type StoredAttachment = z.infer<typeof storedAttachmentSchema>;
export const attachments = defineCollection('attachments', storedAttachmentSchema);

/** Payment attempts by payment id, each with the citizen who started it. */
export const storedPaymentSchema = z.extend(paymentSchema, { owner: z.string() });
export type StoredPayment = z.infer<typeof storedPaymentSchema>;
export const payments = defineCollection('payments', storedPaymentSchema);

/** Citizens' drafts, keyed `<số định danh>:<form id>`: one per citizen and form. */
export const storedDraftSchema = z.extend(draftSchema, { owner: z.string() });
export type StoredDraft = z.infer<typeof storedDraftSchema>;
export const drafts = defineCollection('drafts', storedDraftSchema);
