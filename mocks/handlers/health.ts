import { birthCertificatePath, type BirthCertificate } from '@/lib/api-contract/registries';
import { recordOrNotFound, registryGet } from './registry-endpoint';

/**
 * Giấy chứng sinh điện tử (Ministry of Health, sent by the hospital): the most recent birth
 * certificate naming the citizen as mother or father, 404 when none.
 */
export const healthHandlers = [
  registryGet<BirthCertificate>('y-te', birthCertificatePath, ({ citizen, registry }) =>
    recordOrNotFound(registry.birthCertificateFor(citizen.soDinhDanh), 'birth certificate'),
  ),
];
