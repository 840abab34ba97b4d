import { z } from '@/lib/zod';
import { conditionSchema } from './condition';
import { pageIdSchema } from './ids';
import { localizedTextSchema } from './localized-text';

/** A page (one step of the journey) holding fields of any registered type. */
export const createPageSchema = <TField extends z.core.$ZodType>(fieldSchema: TField) =>
  z.object({
    id: pageIdSchema,
    title: localizedTextSchema,
    description: z.optional(localizedTextSchema),
    visibleIf: z.optional(conditionSchema),
    fields: z.array(fieldSchema),
  });
