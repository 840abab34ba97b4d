import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';

export const yesNoConfigSchema = z.object({
  type: z.literal('yes-no'),
  ...baseFieldShape,
});
export type YesNoConfig = z.infer<typeof yesNoConfigSchema>;

export const createYesNoConfig = (id: string): YesNoConfig => ({
  type: 'yes-no',
  id,
  label: { vi: 'Câu hỏi mới', en: 'New question' },
  required: true,
});
