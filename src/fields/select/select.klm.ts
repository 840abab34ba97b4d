import { klm } from '@/klm/estimate';
import { nativeSelectLimit, type SelectConfig } from './select.config';

/**
 * Native drop-down: point, click to open, scan (M), point at the option, click.
 * Searchable list: point, click, home, type about four letters, scan, press Enter.
 */
export const estimateSelectKlm = (config: SelectConfig) =>
  config.options.length <= nativeSelectLimit
    ? klm('M', 'P', 'B', 'M', 'P', 'B')
    : klm('M', 'P', 'B', 'H', ['K', 4], 'M', 'K');
