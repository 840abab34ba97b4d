import { klm } from '@/klm/estimate';
import type { RadiosConfig } from './radios.config';

/** Read each option (a short M per extra option), then point at the chosen one and click. */
export const estimateRadiosKlm = (config: RadiosConfig) =>
  klm('M', ['M', Math.max(0, Math.ceil((config.options.length - 2) / 2))], 'P', 'B');
