import { insurancePath, type InsuranceRecord } from '@/lib/api-contract/registries';
import { recordOrNotFound, registryGet } from './registry-endpoint';

/** Social insurance database (BHXH Việt Nam): the citizen's insurance number and health card, 404 when none. */
export const insuranceHandlers = [
  registryGet<InsuranceRecord>('bhxh', insurancePath, ({ citizen, registry }) =>
    recordOrNotFound(registry.insuranceOf(citizen.soDinhDanh), 'social insurance record'),
  ),
];
