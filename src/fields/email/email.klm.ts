import { klm } from '@/klm/estimate';
import type { EmailConfig } from './email.config';

/** Think, point, click, home, type a typical address (about 22 characters). */
export const estimateEmailKlm = (_config: EmailConfig) => klm('M', 'P', 'B', 'H', ['K', 22]);
