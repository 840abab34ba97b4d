import { klm } from '@/klm/estimate';
import type { YesNoConfig } from './yes-no.config';

/** Decide, point at the answer, click. */
export const estimateYesNoKlm = (_config: YesNoConfig) => klm('M', 'P', 'B');
