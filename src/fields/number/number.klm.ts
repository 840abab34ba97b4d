import { klm } from '@/klm/estimate';
import type { NumberConfig } from './number.config';

/** Think, point at the box, click, home to the keyboard, type a few digits. */
export const estimateNumberKlm = (config: NumberConfig) =>
  klm('M', 'P', 'B', 'H', ['K', config.expectedLength ?? (config.decimals > 0 ? 5 : 3)]);
