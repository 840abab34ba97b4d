import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';
import { localizedTextSchema } from '@/schema/localized-text';
import { childFieldsSchema } from '../child-fields';

/** A list of like items (family members, co-owners); each item answers the same child fields. */
export const repeatableGroupConfigSchema = z
  .object({
    type: z.literal('repeatable-group'),
    ...baseFieldShape,
    fields: childFieldsSchema,
    minItems: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(100)), 0),
    maxItems: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(100)), 10),
    /** Name of one item, numbered in its heading: "Thành viên" → "Thành viên 1". */
    itemLabel: localizedTextSchema,
    /** Text of the add button; default "Thêm <item label>". */
    addLabel: z.optional(localizedTextSchema),
  })
  .check(
    z.refine((config) => config.minItems <= config.maxItems, {
      error: 'minItems must not exceed maxItems',
      path: ['minItems'],
    }),
  );
export type RepeatableGroupConfig = z.infer<typeof repeatableGroupConfigSchema>;

/** One item: answers keyed by child field id. */
export type RepeatableGroupItem = Record<string, unknown>;

export const createRepeatableGroupConfig = (id: string): RepeatableGroupConfig => ({
  type: 'repeatable-group',
  id,
  label: { vi: 'Danh sách mới', en: 'New list' },
  required: true,
  fields: [],
  minItems: 0,
  maxItems: 10,
  itemLabel: { vi: 'Mục', en: 'Item' },
});
