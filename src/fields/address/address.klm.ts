import { klm } from '@/klm/estimate';
import type { AddressConfig } from './address.config';

/**
 * Two searchable lists (think, click, type ~4 letters, pick: M P B H K×4 P B each) and, when
 * asked, the street (think, click, type ~20 characters).
 */
export const estimateAddressKlm = (config: AddressConfig) =>
  klm(
    'M', 'P', 'B', 'H', ['K', 4], 'P', 'B',
    'M', 'P', 'B', 'H', ['K', 4], 'P', 'B',
    ...(config.requireStreet ? (['M', 'P', 'B', 'H', ['K', 20]] as const) : []),
  );
