import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';
import { boundsInOrder } from '../shared/bounds';
import { inputWidthSchema } from '../shared/input-width';

const amount = z.number().check(z.int(), z.minimum(0));

export const moneyConfigSchema = z
  .object({
    type: z.literal('money'),
    ...baseFieldShape,
    /** Whole đồng. */
    min: z.optional(amount),
    max: z.optional(amount),
    width: inputWidthSchema,
    /** Typical number of digits, used by the completion-time estimate. */
    expectedDigits: z.optional(z.number().check(z.int(), z.positive())),
  })
  .check(
    z.refine(({ min, max }) => boundsInOrder(min, max), {
      error: 'min must not be greater than max',
      path: ['max'],
    }),
  );
export type MoneyConfig = z.infer<typeof moneyConfigSchema>;

export const createMoneyConfig = (id: string): MoneyConfig => ({
  type: 'money',
  id,
  label: { vi: 'Số tiền', en: 'Amount' },
  required: true,
  width: '20',
});
