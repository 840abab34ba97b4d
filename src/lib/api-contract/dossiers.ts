import { z } from '@/lib/zod';
import { fieldIdSchema, formIdSchema } from '@/schema/ids';
import { localizedTextSchema } from '@/schema/localized-text';
import { procedureSchema } from '@/schema/procedure';
import { dossierPaymentSchema } from './payments';

/** Paths relative to the API base URL (`env.apiBaseUrl`). */
export const dossiersPath = '/dossiers';
export const dossierPath = (code: string): string => `${dossiersPath}/${encodeURIComponent(code)}`;

/**
 * Header carrying a client-generated UUID per submission attempt: retrying with the same key
 * (a lost response, a double click, a reload) returns the dossier already created instead of
 * filing a second one.
 */
export const idempotencyKeyHeader = 'Idempotency-Key';
export const idempotencyKeySchema = z.uuid();

/** `<agency code>-<yyMMdd>-<daily sequence>`, e.g. `000.00.31.H56-261122-0001`. */
export const dossierCodeSchema = z.string().check(
  z.regex(/^[0-9A-Za-z.]+-\d{6}-\d{4,}$/, { error: 'Dossier codes look like 000.00.31.H56-261122-0001' }),
);

const isoDateTime = z.iso.datetime({ offset: true });

/** Where an answer came from, kept with the submission so officers can see what the citizen typed. */
export const answerOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('typed') }),
  z.object({ kind: z.literal('prefilled'), source: z.string().check(z.minLength(1)), retrievedAt: isoDateTime }),
  z.object({
    kind: z.literal('overridden'),
    source: z.string().check(z.minLength(1)),
    /** The value the data source gave, kept when the citizen corrected it. */
    original: z.unknown(),
    reason: z.optional(z.string()),
  }),
]);
export type AnswerOrigin = z.infer<typeof answerOriginSchema>;

/** Answers keyed by field id; values are whatever each field type's answer schema allows. */
export const answersSchema = z.record(fieldIdSchema, z.unknown());
/** Origins keyed like the answers (an answer path inside repeatable groups, e.g. `con.0.hoTen`). */
export const originsSchema = z.record(z.string().check(z.minLength(1)), answerOriginSchema);

/** `POST /dossiers` body, sent with the `Idempotency-Key` header. */
export const submitDossierRequestSchema = z.object({
  formId: formIdSchema,
  formVersion: z.number().check(z.int(), z.minimum(1)),
  answers: answersSchema,
  origins: originsSchema,
  submittedAt: isoDateTime,
});
export type SubmitDossierRequest = z.infer<typeof submitDossierRequestSchema>;

/**
 * `POST /dossiers` response (201 when created, 200 when the idempotency key was seen before):
 * the receipt. `receivedAt` is the server's clock: the end of the login→submit timing.
 */
export const dossierReceiptSchema = z.object({
  dossierCode: dossierCodeSchema,
  receivedAt: isoDateTime,
  formId: formIdSchema,
  formVersion: z.number().check(z.int(), z.minimum(1)),
  procedureCode: procedureSchema.shape.code,
  status: z.literal('received'),
  /** Absent when the procedure is free online ("0 đồng"). */
  payment: z.optional(dossierPaymentSchema),
});
export type DossierReceipt = z.infer<typeof dossierReceiptSchema>;

/** `GET /dossiers/:code`: the receipt with what was submitted, for the receipt page after a reload. */
export const dossierSchema = z.extend(dossierReceiptSchema, {
  answers: answersSchema,
  origins: originsSchema,
  formTitle: localizedTextSchema,
});
export type Dossier = z.infer<typeof dossierSchema>;

/** `GET /dossiers`: the citizen's filed dossiers, newest first, without their answers. */
export const dossierSummarySchema = z.extend(dossierReceiptSchema, { formTitle: localizedTextSchema });
export type DossierSummary = z.infer<typeof dossierSummarySchema>;
export const dossierListSchema = z.object({ dossiers: z.array(dossierSummarySchema) });
export type DossierList = z.infer<typeof dossierListSchema>;
