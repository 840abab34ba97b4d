import { z } from 'zod';
import { localizedTextSchema } from './localized-text';

/** Amounts are whole Vietnamese đồng; 0 means free ("0 đồng"). */
const vndSchema = z.number().int().min(0);

/** The administrative procedure (thủ tục hành chính) a form belongs to, as published nationally. */
export const procedureSchema = z.object({
  /** National procedure code from the National Public Service Portal, e.g. "1.001193". */
  code: z.string().regex(/^\d\.\d{6}$/, { error: 'National procedure codes look like 1.001193' }),
  name: localizedTextSchema,
  agency: localizedTextSchema,
  /** Agency identifier used as the prefix of dossier codes (QCVN 102:2016 style). */
  agencyCode: z.string().min(1),
  legalBasis: z.array(localizedTextSchema).min(1),
  fee: z.object({
    direct: vndSchema,
    online: vndSchema,
    note: localizedTextSchema.optional(),
  }),
  processingTime: z.object({
    value: z.number().positive(),
    unit: z.enum(['working-day', 'day', 'hour']),
    note: localizedTextSchema.optional(),
  }),
  /** Minimum VNeID identity level needed to file online. */
  identityLevel: z.union([z.literal(1), z.literal(2)]).default(2),
});
export type Procedure = z.infer<typeof procedureSchema>;
