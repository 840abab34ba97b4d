import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';

export const emailConfigSchema = z.object({
  type: z.literal('email'),
  ...baseFieldShape,
  /** 254 is the longest address mail systems deliver to (RFC 5321 path limit). */
  maxLength: z._default(z.number().check(z.int(), z.positive(), z.maximum(254)), 254),
});
export type EmailConfig = z.infer<typeof emailConfigSchema>;

export const createEmailConfig = (id: string): EmailConfig => ({
  type: 'email',
  id,
  label: { vi: 'Thư điện tử', en: 'Email address' },
  required: true,
  maxLength: 254,
});
