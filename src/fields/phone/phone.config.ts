import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';

export const phoneConfigSchema = z.object({
  type: z.literal('phone'),
  ...baseFieldShape,
  /** Also accept fixed lines (02x, 11 digits); most procedures need a mobile for SMS notices. */
  allowLandline: z._default(z.boolean(), false),
});
export type PhoneConfig = z.infer<typeof phoneConfigSchema>;

export const createPhoneConfig = (id: string): PhoneConfig => ({
  type: 'phone',
  id,
  label: { vi: 'Số điện thoại', en: 'Phone number' },
  required: true,
  allowLandline: false,
});
