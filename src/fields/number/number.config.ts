import { z } from 'zod';
import { baseFieldShape } from '@/schema/base-field';
import { localizedTextSchema } from '@/schema/localized-text';
import { boundsInOrder } from '../shared/bounds';
import { inputWidthSchema } from '../shared/input-width';

export const numberConfigSchema = z
  .object({
    type: z.literal('number'),
    ...baseFieldShape,
    /** Digits allowed after the decimal comma; 0 for whole numbers (people, rooms). */
    decimals: z.number().int().min(0).max(4).default(0),
    min: z.number().optional(),
    max: z.number().optional(),
    /** Shown after the box, e.g. "m²", "người". */
    unit: localizedTextSchema.optional(),
    width: inputWidthSchema,
    /** Typical number of keystrokes, used by the completion-time estimate. */
    expectedLength: z.number().int().positive().optional(),
  })
  .refine(({ min, max }) => boundsInOrder(min, max), {
    error: 'min must not be greater than max',
    path: ['max'],
  });
export type NumberConfig = z.infer<typeof numberConfigSchema>;

export const createNumberConfig = (id: string): NumberConfig => ({
  type: 'number',
  id,
  label: { vi: 'Câu hỏi mới', en: 'New question' },
  required: true,
  decimals: 0,
  width: '10',
});
