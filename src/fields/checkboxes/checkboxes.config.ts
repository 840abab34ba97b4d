import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';
import { boundsInOrder } from '../shared/bounds';
import { choiceOptionsSchema, starterOptions } from '../shared/choice-options';

export const checkboxesConfigSchema = z
  .object({
    type: z.literal('checkboxes'),
    ...baseFieldShape,
    options: choiceOptionsSchema,
    /** Bounds on how many options may be ticked (a required field needs at least one anyway). */
    minSelected: z.optional(z.number().check(z.int(), z.minimum(1))),
    maxSelected: z.optional(z.number().check(z.int(), z.minimum(1))),
  })
  .check(
    z.refine(({ minSelected, maxSelected }) => boundsInOrder(minSelected, maxSelected), {
      error: 'minSelected must not exceed maxSelected',
      path: ['maxSelected'],
    }),
    z.refine(({ minSelected, options }) => minSelected === undefined || minSelected <= options.length, {
      error: 'minSelected cannot exceed the number of options',
      path: ['minSelected'],
    }),
  );
export type CheckboxesConfig = z.infer<typeof checkboxesConfigSchema>;

export const createCheckboxesConfig = (id: string): CheckboxesConfig => ({
  type: 'checkboxes',
  id,
  label: { vi: 'Câu hỏi mới', en: 'New question' },
  hint: { vi: 'Chọn tất cả các mục phù hợp', en: 'Select all that apply' },
  required: true,
  options: starterOptions(),
});
