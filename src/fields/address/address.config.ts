import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';

export const addressConfigSchema = z.object({
  type: z.literal('address'),
  ...baseFieldShape,
  /** Ask for house number, street, village or group; off when only the commune matters (e.g. the registering office). */
  requireStreet: z._default(z.boolean(), true),
});
export type AddressConfig = z.infer<typeof addressConfigSchema>;

export const createAddressConfig = (id: string): AddressConfig => ({
  type: 'address',
  id,
  label: { vi: 'Địa chỉ', en: 'Address' },
  required: true,
  requireStreet: true,
});
