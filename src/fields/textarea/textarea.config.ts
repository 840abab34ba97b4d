import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';

export const textareaConfigSchema = z.object({
  type: z.literal('textarea'),
  ...baseFieldShape,
  maxLength: z._default(z.number().check(z.int(), z.positive(), z.maximum(10000)), 1000),
  /** Visible lines: a hint of how much the authority expects to read. */
  rows: z._default(z.number().check(z.int(), z.minimum(2), z.maximum(20)), 5),
  /** Typical answer length, used by the completion-time estimate. */
  expectedLength: z.optional(z.number().check(z.int(), z.positive())),
});
export type TextareaConfig = z.infer<typeof textareaConfigSchema>;

export const createTextareaConfig = (id: string): TextareaConfig => ({
  type: 'textarea',
  id,
  label: { vi: 'Câu hỏi mới', en: 'New question' },
  required: true,
  maxLength: 1000,
  rows: 5,
});
