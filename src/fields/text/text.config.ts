import { z } from 'zod';
import { baseFieldShape } from '@/schema/base-field';
import { localizedTextSchema } from '@/schema/localized-text';
import { inputWidthSchema } from '../shared/input-width';

export const textConfigSchema = z.object({
  type: z.literal('text'),
  ...baseFieldShape,
  maxLength: z.number().int().positive().max(2000).default(200),
  /** A regular expression the whole answer must match, with the author's own message. */
  pattern: z
    .object({ regex: z.string().min(1), message: localizedTextSchema })
    .refine(({ regex }) => {
      try {
        new RegExp(regex, 'u');
        return true;
      } catch {
        return false;
      }
    }, { error: 'Invalid regular expression' })
    .optional(),
  width: inputWidthSchema,
  /** HTML autocomplete token, e.g. "name", so browsers and password managers can help. */
  autocomplete: z.string().optional(),
  /** Typical answer length, used by the completion-time estimate. */
  expectedLength: z.number().int().positive().optional(),
});
export type TextConfig = z.infer<typeof textConfigSchema>;

export const createTextConfig = (id: string): TextConfig => ({
  type: 'text',
  id,
  label: { vi: 'Câu hỏi mới', en: 'New question' },
  required: true,
  maxLength: 200,
  width: 'full',
});
