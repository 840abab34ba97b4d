import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';

export const taxCodeConfigSchema = z.object({
  type: z.literal('tax-code'),
  ...baseFieldShape,
  /**
   * Accept a 12-digit số định danh cá nhân: the tax code of individuals, household businesses and
   * individual traders since 01/07/2025. Turn off for forms that only concern organisations.
   */
  allowIndividual12: z._default(z.boolean(), true),
});
export type TaxCodeConfig = z.infer<typeof taxCodeConfigSchema>;

export const createTaxCodeConfig = (id: string): TaxCodeConfig => ({
  type: 'tax-code',
  id,
  label: { vi: 'Mã số thuế', en: 'Tax code' },
  required: true,
  allowIndividual12: true,
});
