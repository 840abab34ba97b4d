import { marriagePath, type MarriageRecord } from '@/lib/api-contract/registries';
import { recordOrNotFound, registryGet } from './registry-endpoint';

/** CSDL hộ tịch điện tử (Ministry of Justice): the citizen's current marriage, 404 when none. */
export const civilStatusHandlers = [
  registryGet<MarriageRecord>('ho-tich', marriagePath, ({ citizen, registry }) =>
    recordOrNotFound(registry.marriageOf(citizen.soDinhDanh), 'marriage record'),
  ),
];
