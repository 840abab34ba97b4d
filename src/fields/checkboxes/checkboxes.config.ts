import { z } from 'zod';
import { baseFieldShape } from '@/schema/base-field';
import { choiceOptionsSchema } from '../shared/choice-options';

export const checkboxesConfigSchema = z
  .object({
    type: z.literal('checkboxes'),
    ...baseFieldShape,
    options: choiceOptionsSchema,
    /** Bounds on how many options may be ticked (a required field needs at least one anyway). */
    minSelected: z.number().int().min(1).optional(),
    maxSelected: z.number().int().min(1).optional(),
  })
  .refine(({ minSelected, maxSelected }) => minSelected === undefined || maxSelected === undefined || minSelected <= maxSelected, {
    error: 'minSelected must not exceed maxSelected',
    path: ['maxSelected'],
  })
  .refine(({ minSelected, options }) => minSelected === undefined || minSelected <= options.length, {
    error: 'minSelected cannot exceed the number of options',
    path: ['minSelected'],
  });
export type CheckboxesConfig = z.infer<typeof checkboxesConfigSchema>;

export const createCheckboxesConfig = (id: string): CheckboxesConfig => ({
  type: 'checkboxes',
  id,
  label: { vi: 'Câu hỏi mới', en: 'New question' },
  hint: { vi: 'Chọn tất cả các mục phù hợp', en: 'Select all that apply' },
  required: true,
  options: [
    { value: 'lua-chon-1', label: { vi: 'Lựa chọn 1', en: 'Option 1' } },
    { value: 'lua-chon-2', label: { vi: 'Lựa chọn 2', en: 'Option 2' } },
  ],
});
