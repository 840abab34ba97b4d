import { z } from '@/lib/zod';

/** ISO calendar date, as every registry returns dates. */
export const isoDateSchema = z.iso.date();

/** A 12-digit số định danh cá nhân. */
export const personalIdSchema = z.string().check(z.regex(/^\d{12}$/));

/**
 * An address with the two-level units in force since 1 July 2025: province (2-digit code),
 * commune/ward/special zone (5-digit code), and the street detail. Names travel with codes so a
 * receipt reads well without the unit list.
 */
export const registryAddressSchema = z.object({
  tinh: z.string().check(z.regex(/^\d{2}$/)),
  tenTinh: z.string().check(z.minLength(1)),
  xa: z.string().check(z.regex(/^\d{5}$/)),
  tenXa: z.string().check(z.minLength(1)),
  chiTiet: z.string(),
});
export type RegistryAddress = z.infer<typeof registryAddressSchema>;

export const sexSchema = z.enum(['nam', 'nu']);

/** Who a related person is to the signed-in citizen. */
export const relationSchema = z.enum(['cha', 'me', 'voChong', 'con', 'anhChiEm', 'ongBa', 'chau', 'khac']);
