import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';
import { choiceOptionsSchema, starterOptions } from '../shared/choice-options';

export const radiosConfigSchema = z.object({
  type: z.literal('radios'),
  ...baseFieldShape,
  options: choiceOptionsSchema,
  /** Side by side, for two or three short options. */
  inline: z._default(z.boolean(), false),
});
export type RadiosConfig = z.infer<typeof radiosConfigSchema>;

export const createRadiosConfig = (id: string): RadiosConfig => ({
  type: 'radios',
  id,
  label: { vi: 'Câu hỏi mới', en: 'New question' },
  required: true,
  options: starterOptions(),
  inline: false,
});
