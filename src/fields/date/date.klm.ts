import { klm } from '@/klm/estimate';
import type { DateConfig } from './date.config';

/** Recall the date, point, click, home, type dd/mm/yyyy (10 keystrokes with the slashes). */
export const estimateDateKlm = (_config: DateConfig) => klm('M', 'P', 'B', 'H', ['K', 10]);
