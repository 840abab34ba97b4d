import { klm } from '@/klm/estimate';
import type { MoneyConfig } from './money.config';

/** Think (amounts are looked up or worked out), point, click, home, type the digits. */
export const estimateMoneyKlm = (config: MoneyConfig) =>
  klm('M', 'M', 'P', 'B', 'H', ['K', config.expectedDigits ?? 7]);
