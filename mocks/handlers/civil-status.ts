import {
  birthRegistrationPath, marriagePath, type BirthRegistration, type MarriageRecord,
} from '@/lib/api-contract/registries';
import { recordOrNotFound, registryGet } from './registry-endpoint';

/**
 * CSDL hộ tịch điện tử (Ministry of Justice): the citizen's own birth registration and current
 * marriage, each 404 when none. One system: the `ho-tich` fault switch takes both down.
 */
export const civilStatusHandlers = [
  registryGet<MarriageRecord>('ho-tich', marriagePath, ({ citizen, registry }) =>
    recordOrNotFound(registry.marriageOf(citizen.soDinhDanh), 'marriage record'),
  ),
  registryGet<BirthRegistration>('ho-tich', birthRegistrationPath, ({ citizen, registry }) =>
    recordOrNotFound(registry.birthRegistrationOf(citizen.soDinhDanh), 'birth registration'),
  ),
];
