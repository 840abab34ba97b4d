import { z } from '@/lib/zod';
import { displayFieldShape } from '@/schema/base-field';
import { childFieldsSchema } from '../child-fields';

/** A titled section of a page; its children answer at the level the group sits at. */
export const groupConfigSchema = z.object({
  type: z.literal('group'),
  ...displayFieldShape,
  fields: childFieldsSchema,
});
export type GroupConfig = z.infer<typeof groupConfigSchema>;

export const createGroupConfig = (id: string): GroupConfig => ({
  type: 'group',
  id,
  label: { vi: 'Nhóm câu hỏi mới', en: 'New section' },
  fields: [],
});
