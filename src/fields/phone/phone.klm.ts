import { klm } from '@/klm/estimate';
import type { PhoneConfig } from './phone.config';

/** Think, point, click, home, type 10 digits (one more for a landline). */
export const estimatePhoneKlm = (config: PhoneConfig) =>
  klm('M', 'P', 'B', 'H', ['K', config.allowLandline ? 11 : 10]);
