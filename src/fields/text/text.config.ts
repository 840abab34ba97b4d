import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';
import { localizedTextSchema } from '@/schema/localized-text';
import { inputWidthSchema } from '../shared/input-width';

export const textConfigSchema = z.object({
  type: z.literal('text'),
  ...baseFieldShape,
  maxLength: z._default(z.number().check(z.int(), z.positive(), z.maximum(2000)), 200),
  /** A regular expression the whole answer must match, with the author's own message. */
  pattern: z.optional(
    z.object({ regex: z.string().check(z.minLength(1)), message: localizedTextSchema }).check(
      z.refine(({ regex }) => {
        try {
          new RegExp(regex, 'u');
          return true;
        } catch {
          return false;
        }
      }, { error: 'Invalid regular expression' }),
    ),
  ),
  width: inputWidthSchema,
  /** HTML autocomplete token, e.g. "name", so browsers and password managers can help. */
  autocomplete: z.optional(z.string()),
  /** Typical answer length, used by the completion-time estimate. */
  expectedLength: z.optional(z.number().check(z.int(), z.positive())),
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
