import { z } from '@/lib/zod';
import { formIdSchema } from '@/schema/ids';
import { localizedTextSchema } from '@/schema/localized-text';
import { answersSchema, dossierCodeSchema, idempotencyKeySchema } from './dossiers';

/** Paths relative to the API base URL. One draft per citizen and form. */
export const draftsPath = '/drafts';
export const draftPath = (formId: string): string => `${draftsPath}/${encodeURIComponent(formId)}`;

const isoDateTime = z.iso.datetime({ offset: true });

/** Where a pre-filled answer came from, kept with the draft so a resumed form keeps its provenance. */
export const draftPrefillEntrySchema = z.object({
  path: z.string().check(z.minLength(1)),
  source: z.string().check(z.minLength(1)),
  original: z.unknown(),
  retrievedAt: isoDateTime,
  locked: z.boolean(),
  subject: z.string().check(z.minLength(1)),
  personField: z.optional(z.string()),
});

/**
 * A dossier being prepared, saved as the citizen types (`PUT /drafts/:formId`): the answers, the
 * page they were on, the provenance of pre-filled answers, and the idempotency key that files it
 * once, whichever tab or device submits. `dossierCode` is set once it has been filed.
 */
export const draftSchema = z.object({
  formId: formIdSchema,
  /** A draft stays on the form version it was started on. */
  formVersion: z.number().check(z.int(), z.minimum(1)),
  /** The page the citizen was on (`kiem-tra` for check your answers). */
  pageId: z.optional(z.string().check(z.minLength(1))),
  answers: answersSchema,
  prefill: z.object({ entries: z.record(z.string(), draftPrefillEntrySchema), typed: z.array(z.string()) }),
  idempotencyKey: idempotencyKeySchema,
  updatedAt: isoDateTime,
  dossierCode: z.optional(dossierCodeSchema),
});
export type Draft = z.infer<typeof draftSchema>;

/** `GET /drafts`: the citizen's drafts, newest first, without their answers. */
export const draftSummarySchema = z.extend(z.pick(draftSchema, { formId: true, formVersion: true, pageId: true, updatedAt: true }), {
  formTitle: localizedTextSchema,
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;
export const draftListSchema = z.object({ drafts: z.array(draftSummarySchema) });
