import { parcelsPath, type Parcel } from '@/lib/api-contract/registries';
import { personalData, registryGet } from './registry-endpoint';

/** National land database: parcels the citizen holds a certificate for (maybe none). */
export const landHandlers = [
  registryGet<{ items: Parcel[] }>('dat-dai', parcelsPath, ({ citizen, registry }) =>
    personalData({ items: registry.parcelsOf(citizen.soDinhDanh) }),
  ),
];
