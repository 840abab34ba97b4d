import { klm } from '@/klm/estimate';
import type { TextareaConfig } from './textarea.config';

/** Think, point at the box, click, home to the keyboard, type the expected characters. */
export const estimateTextareaKlm = (config: TextareaConfig) =>
  klm('M', 'P', 'B', 'H', ['K', config.expectedLength ?? Math.min(config.maxLength, 120)]);
