import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';

/** The label is the statement the citizen confirms, e.g. "Tôi xin cam đoan…". */
export const consentConfigSchema = z.object({
  type: z.literal('consent'),
  ...baseFieldShape,
});
export type ConsentConfig = z.infer<typeof consentConfigSchema>;

export const createConsentConfig = (id: string): ConsentConfig => ({
  type: 'consent',
  id,
  label: {
    vi: 'Tôi xin cam đoan những lời khai trên là đúng sự thật và chịu trách nhiệm trước pháp luật về lời khai của mình',
    en: 'I declare that the information given above is true and I take legal responsibility for it',
  },
  required: true,
});
