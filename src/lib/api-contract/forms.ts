import { z } from '@/lib/zod';
import { formIdSchema } from '@/schema/ids';
import { localizedTextSchema } from '@/schema/localized-text';
import { procedureSchema } from '@/schema/procedure';

/** Paths relative to the API base URL (`env.apiBaseUrl`). */
export const formsPath = '/forms';
export const formPath = (id: string): string => `${formsPath}/${encodeURIComponent(id)}`;

/**
 * One published e-form as listed in the procedure catalogue: enough to choose a procedure and to
 * know what it asks for, costs and takes, without downloading the whole form schema.
 */
export const formSummarySchema = z.object({
  id: formIdSchema,
  version: z.number().check(z.int(), z.minimum(1)),
  title: localizedTextSchema,
  /** The whole procedure record: the catalogue and the procedure page show it before any form loads. */
  procedure: procedureSchema,
});
export type FormSummary = z.infer<typeof formSummarySchema>;

/** `GET /forms`: the latest published version of every form. Wrapped, to leave room for paging. */
export const formListSchema = z.object({ forms: z.array(formSummarySchema) });
export type FormList = z.infer<typeof formListSchema>;

/**
 * `GET /forms/:id` (optionally `?version=N`, default the latest): the raw form schema document.
 * Only its envelope is checked here, so the API layer stays independent of the field types; the
 * app validates the whole document with the registry's `formSchemaSchema` (and migrates it).
 */
export const formDocumentSchema = z.looseObject({
  schemaVersion: z.number().check(z.int()),
  id: formIdSchema,
  version: z.number().check(z.int(), z.minimum(1)),
});
export type FormDocument = z.infer<typeof formDocumentSchema>;
