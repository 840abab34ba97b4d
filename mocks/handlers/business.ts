import { businessesPath, type Business } from '@/lib/api-contract/registries';
import { personalData, registryGet } from './registry-endpoint';

/** National business registration database: businesses the citizen represents or owns (maybe none). */
export const businessHandlers = [
  registryGet<{ items: Business[] }>('dkkd', businessesPath, ({ citizen, registry }) =>
    personalData({ items: registry.businessesOf(citizen.soDinhDanh) }),
  ),
];
