import { klm } from '@/klm/estimate';
import type { TextConfig } from './text.config';

/** Think, point at the box, click, home to the keyboard, type the expected characters. */
export const estimateTextKlm = (config: TextConfig) =>
  klm('M', 'P', 'B', 'H', ['K', config.expectedLength ?? Math.min(config.maxLength, 20)]);
