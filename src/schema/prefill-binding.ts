import { z } from 'zod';

/**
 * Where a field's value comes from in the state's databases. `locked` values cannot be edited by
 * the citizen (corrected at the source instead); `editable` ones can be overridden, keeping the
 * original. Sources and attributes are checked against the data-source catalog in `prefill/`.
 */
export const prefillBindingSchema = z.object({
  source: z.string().min(1),
  attribute: z.string().min(1),
  mode: z.enum(['locked', 'editable']),
});
export type PrefillBinding = z.infer<typeof prefillBindingSchema>;
