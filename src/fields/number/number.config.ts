import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';
import { localizedTextSchema } from '@/schema/localized-text';
import { boundsInOrder } from '../shared/bounds';
import { inputWidthSchema } from '../shared/input-width';

export const numberConfigSchema = z
  .object({
    type: z.literal('number'),
    ...baseFieldShape,
    /** Digits allowed after the decimal comma; 0 for whole numbers (people, rooms). */
    decimals: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(4)), 0),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    /** Shown after the box, e.g. "m²", "người". */
    unit: z.optional(localizedTextSchema),
    width: inputWidthSchema,
    /** Typical number of keystrokes, used by the completion-time estimate. */
    expectedLength: z.optional(z.number().check(z.int(), z.positive())),
  })
  .check(
    z.refine(({ min, max }) => boundsInOrder(min, max), {
      error: 'min must not be greater than max',
      path: ['max'],
    }),
  );
export type NumberConfig = z.infer<typeof numberConfigSchema>;

export const createNumberConfig = (id: string): NumberConfig => ({
  type: 'number',
  id,
  label: { vi: 'Câu hỏi mới', en: 'New question' },
  required: true,
  decimals: 0,
  width: '10',
});
