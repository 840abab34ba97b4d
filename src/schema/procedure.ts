import { z } from '@/lib/zod';
import { documentKindSchema } from './document-kind';
import { fieldIdSchema, pageIdSchema } from './ids';
import { localizedTextSchema } from './localized-text';

/** Amounts are whole Vietnamese đồng; 0 means free ("0 đồng"). */
const vndSchema = z.number().check(z.int(), z.minimum(0));

/** Topics of the procedure catalogue (its filter); labels live in the app's translations. */
export const procedureTopics = ['ho-tich', 'tu-phap', 'cu-tru', 'kinh-doanh', 'dat-dai', 'xay-dung', 'giao-thong'] as const;
export const procedureTopicSchema = z.enum(procedureTopics);
export type ProcedureTopic = z.infer<typeof procedureTopicSchema>;

/**
 * One component of the dossier (thành phần hồ sơ) as the procedure's record lists it. The
 * catalogue and the procedure page show these before the citizen starts; the form collects them.
 */
export const requiredDocumentSchema = z.object({
  id: pageIdSchema,
  name: localizedTextSchema,
  /** When it is needed, or what may stand in for it ("Nếu cha mẹ đã đăng ký kết hôn"). */
  note: z.optional(localizedTextSchema),
  /** False for documents needed only in some cases (the note says which). */
  required: z._default(z.boolean(), true),
  /** The file field of the form that collects it, if the citizen attaches it online. */
  field: z.optional(fieldIdSchema),
  /** Electronic documents from the citizen's personal data store that can be reused instead of an upload. */
  reuse: z._default(z.array(documentKindSchema), []),
  /**
   * The paper document is no longer asked for because the agency reads the same facts from this
   * data source (a prefill source id such as `ho-tich`): the once-only principle, said aloud.
   */
  replacedBy: z.optional(z.object({ source: z.string().check(z.minLength(1)), note: z.optional(localizedTextSchema) })),
});
export type RequiredDocument = z.infer<typeof requiredDocumentSchema>;

/** The administrative procedure (thủ tục hành chính) a form belongs to, as published nationally. */
export const procedureSchema = z.object({
  /** National procedure code from the National Public Service Portal, e.g. "1.001193". */
  code: z.string().check(z.regex(/^\d\.\d{6}$/, { error: 'National procedure codes look like 1.001193' })),
  name: localizedTextSchema,
  agency: localizedTextSchema,
  /** Agency identifier used as the prefix of dossier codes (QCVN 102:2016 style). */
  agencyCode: z.string().check(z.minLength(1)),
  legalBasis: z.array(localizedTextSchema).check(z.minLength(1)),
  fee: z.object({
    direct: vndSchema,
    online: vndSchema,
    note: z.optional(localizedTextSchema),
  }),
  processingTime: z.object({
    value: z.number().check(z.positive()),
    unit: z.enum(['working-day', 'day', 'hour']),
    note: z.optional(localizedTextSchema),
  }),
  /** Minimum VNeID identity level needed to file online. */
  identityLevel: z._default(z.union([z.literal(1), z.literal(2)]), 2),
  topic: procedureTopicSchema,
  /** "Toàn trình": filed, paid and returned entirely online, no visit to the office. */
  fullyOnline: z._default(z.boolean(), true),
  documents: z._default(z.array(requiredDocumentSchema), []),
});
export type Procedure = z.infer<typeof procedureSchema>;
/** A procedure as authored (defaults not yet applied). */
export type ProcedureInput = z.input<typeof procedureSchema>;
