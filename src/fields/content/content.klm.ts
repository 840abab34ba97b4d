import { klm } from '@/klm/estimate';
import type { ContentConfig } from './content.config';

/** Reading it: one mental operator (the citizen takes it in before moving on). */
export const estimateContentKlm = (_config: ContentConfig) => klm('M');
