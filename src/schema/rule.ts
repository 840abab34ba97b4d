import { z } from '@/lib/zod';
import { conditionSchema } from './condition';
import { fieldIdSchema } from './ids';
import { localizedTextSchema } from './localized-text';

/**
 * A cross-field rule: `assert` must hold (JSON Logic, truthy) over all answers, otherwise
 * `message` is shown on `field`. Only checked while that field is visible.
 */
export const crossFieldRuleSchema = z.object({
  id: z.string().check(z.minLength(1)),
  field: fieldIdSchema,
  assert: conditionSchema,
  message: localizedTextSchema,
});
export type CrossFieldRule = z.infer<typeof crossFieldRuleSchema>;
