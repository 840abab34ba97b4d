import { drivingLicencesPath, type DrivingLicence } from '@/lib/api-contract/driving-licences';
import { personalData, registryGet } from './registry-endpoint';

/** Driving-licence database (Bộ Công an): the licences the signed-in citizen holds, never anyone else's. */
export const drivingLicenceHandlers = [
  registryGet<{ items: DrivingLicence[] }>('gplx', drivingLicencesPath, ({ citizen, registry }) =>
    personalData({ items: registry.drivingLicencesOf(citizen.soDinhDanh) }),
  ),
];
