import { z } from '@/lib/zod';
import { fieldIdSchema } from './ids';

/**
 * Where a field's value comes from in the state's databases. `locked` values cannot be edited by
 * the citizen (corrected at the source instead); `editable` ones can be overridden, keeping the
 * original. Sources and attributes are checked against the data-source catalog in `prefill/`.
 *
 * By default the record read is the signed-in citizen's own. A binding with `personField` reads a
 * related person (parent, spouse, child) whose số định danh is that field's answer, and only once
 * the citizen has ticked `consentField` (the person agreed to share their data).
 */
export const prefillBindingSchema = z.object({
  source: z.string().check(z.minLength(1)),
  attribute: z.string().check(z.minLength(1)),
  mode: z.enum(['locked', 'editable']),
  personField: z.optional(fieldIdSchema),
  consentField: z.optional(fieldIdSchema),
});
export type PrefillBinding = z.infer<typeof prefillBindingSchema>;
