import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';
import { choiceOptionsSchema, starterOptions } from '../shared/choice-options';

export const selectConfigSchema = z.object({
  type: z.literal('select'),
  ...baseFieldShape,
  options: choiceOptionsSchema,
});
export type SelectConfig = z.infer<typeof selectConfigSchema>;

/** Up to this many options a native drop-down is quickest; beyond, a searchable combobox. */
export const nativeSelectLimit = 10;

export const createSelectConfig = (id: string): SelectConfig => ({
  type: 'select',
  id,
  label: { vi: 'Câu hỏi mới', en: 'New question' },
  required: true,
  options: starterOptions(),
});
