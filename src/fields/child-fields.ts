import { z } from '@/lib/zod';
import type { BaseFieldConfig } from '@/schema/base-field';

/**
 * Containers (groups) hold fields of any registered type, but a type folder cannot import the
 * registry (it would be a cycle). The registry hands its field union in here once it is built.
 */
let fieldUnion: z.ZodMiniType | undefined;

export const provideFieldUnion = (schema: z.ZodMiniType): void => {
  fieldUnion = schema;
};

export const childFieldsSchema = z.array(
  z.lazy(() => {
    if (!fieldUnion) throw new Error('Field registry not initialised');
    return fieldUnion;
  }),
) as unknown as z.ZodMiniType<BaseFieldConfig[]>;
