import { z } from 'zod';
import { baseFieldShape } from '@/schema/base-field';

export const textareaConfigSchema = z.object({
  type: z.literal('textarea'),
  ...baseFieldShape,
  maxLength: z.number().int().positive().max(10000).default(1000),
  /** Visible lines: a hint of how much the authority expects to read. */
  rows: z.number().int().min(2).max(20).default(5),
  /** Typical answer length, used by the completion-time estimate. */
  expectedLength: z.number().int().positive().optional(),
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
