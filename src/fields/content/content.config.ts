import { z } from '@/lib/zod';
import { displayFieldShape } from '@/schema/base-field';
import { localizedTextSchema } from '@/schema/localized-text';

/** Text shown between questions: a heading, an explanation, a warning, an inset note. */
export const contentConfigSchema = z.object({
  type: z.literal('content'),
  ...displayFieldShape,
  variant: z._default(z.enum(['heading', 'paragraph', 'warning', 'inset']), 'paragraph'),
  /** More text under the label; blank lines separate paragraphs. */
  body: z.optional(localizedTextSchema),
});
export type ContentConfig = z.infer<typeof contentConfigSchema>;

export const createContentConfig = (id: string): ContentConfig => ({
  type: 'content',
  id,
  label: { vi: 'Nội dung hướng dẫn', en: 'Guidance text' },
  variant: 'paragraph',
});
