import { z } from '@/lib/zod';
import { conditionSchema, type JsonLogicRule } from './condition';
import { fieldIdSchema } from './ids';
import { localizedTextSchema, type LocalizedText } from './localized-text';
import { prefillBindingSchema, type PrefillBinding } from './prefill-binding';

/** Properties every field has, answer or not (content blocks included). */
export const displayFieldShape = {
  id: fieldIdSchema,
  label: localizedTextSchema,
  hint: z.optional(localizedTextSchema),
  visibleIf: z.optional(conditionSchema),
};

/** Properties of every field that collects an answer. Fields are required unless said otherwise. */
export const baseFieldShape = {
  ...displayFieldShape,
  required: z._default(z.boolean(), true),
  requiredIf: z.optional(conditionSchema),
  prefill: z.optional(prefillBindingSchema),
};

/** What the engine, renderer and builder may rely on for any field, whatever its type. */
export interface BaseFieldConfig {
  id: string;
  type: string;
  label: LocalizedText;
  hint?: LocalizedText | undefined;
  visibleIf?: JsonLogicRule | undefined;
  required?: boolean | undefined;
  requiredIf?: JsonLogicRule | undefined;
  prefill?: PrefillBinding | undefined;
}
