import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';
import { fieldIdSchema } from '@/schema/ids';

export const citizenIdConfigSchema = z.object({
  type: z.literal('citizen-id'),
  ...baseFieldShape,
  /** Id of the form's date-of-birth field (ISO yyyy-mm-dd answer) to check the birth year against. */
  dateOfBirthField: z.optional(fieldIdSchema),
  /** Id of the form's sex field, to check the parity of the 4th digit against. */
  sexField: z.optional(fieldIdSchema),
  /** Answers of the sex field meaning male and female. */
  sexValues: z._default(z.object({ male: z.string().check(z.minLength(1)), female: z.string().check(z.minLength(1)) }), {
    male: 'nam',
    female: 'nu',
  }),
});
export type CitizenIdConfig = z.infer<typeof citizenIdConfigSchema>;

export const createCitizenIdConfig = (id: string): CitizenIdConfig => ({
  type: 'citizen-id',
  id,
  label: { vi: 'Số định danh cá nhân', en: 'Personal identification number' },
  hint: { vi: 'Gồm 12 chữ số, in trên thẻ Căn cước', en: '12 digits, printed on the identity card' },
  required: true,
  sexValues: { male: 'nam', female: 'nu' },
});
