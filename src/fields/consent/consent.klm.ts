import { klm } from '@/klm/estimate';
import type { ConsentConfig } from './consent.config';

/** Read the statement, point at the box, click. */
export const estimateConsentKlm = (_config: ConsentConfig) => klm('M', 'P', 'B');
