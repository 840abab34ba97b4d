import { z } from 'zod';
import { conditionSchema } from './condition';
import { pageIdSchema } from './ids';
import { localizedTextSchema } from './localized-text';

/** A page (one step of the journey) holding fields of any registered type. */
export const createPageSchema = <TField extends z.ZodType>(fieldSchema: TField) =>
  z.object({
    id: pageIdSchema,
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    visibleIf: conditionSchema.optional(),
    fields: z.array(fieldSchema),
  });
