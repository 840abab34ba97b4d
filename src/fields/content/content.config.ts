import { z } from 'zod';
import { displayFieldShape } from '@/schema/base-field';
import { localizedTextSchema } from '@/schema/localized-text';

/** Text shown between questions: a heading, an explanation, a warning, an inset note. */
export const contentConfigSchema = z.object({
  type: z.literal('content'),
  ...displayFieldShape,
  variant: z.enum(['heading', 'paragraph', 'warning', 'inset']).default('paragraph'),
  /** More text under the label; blank lines separate paragraphs. */
  body: localizedTextSchema.optional(),
});
export type ContentConfig = z.infer<typeof contentConfigSchema>;

export const createContentConfig = (id: string): ContentConfig => ({
  type: 'content',
  id,
  label: { vi: 'Nội dung hướng dẫn', en: 'Guidance text' },
  variant: 'paragraph',
});
