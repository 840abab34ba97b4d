import type {
  BirthCertificate, BirthRegistration, Business, InsuranceRecord, MarriageRecord, Parcel, PopulationRecord,
} from '@/lib/api-contract/registries';
import type { DrivingLicence } from '@/lib/api-contract/driving-licences';
import { generateNewborns, type Newborn } from './births';
import { generateBusinesses } from './businesses';
import { generateDrivingLicences } from './driving-licences';
import { vietnamDay } from './calendar';
import { generateDeaths, type Death } from './deaths';
import { generateBirthRegistrations, generateInsurance, generateMarriages } from './civil-and-insurance';
import { anchorOf, generateFamilies } from './families';
import { assignIdentifiers } from './identifiers';
import type { Persona } from './index';
import type { Citizen, Population } from './model';
import { generateParcels } from './parcels';
import { chooseFiancee, choosePersonaPeople } from './persona-people';
import { describePersonas } from './persona-stories';
import { birthCertificateRecord, populationRecord } from './records';
import { generateSharingConsents, type SharingConsent } from './sharing-consents';

/**
 * The whole pipeline, in an order that keeps every copy consistent: families → newborns →
 * personas (renamed) → numbers → registries that copy names (businesses, land, births,
 * marriages, insurance) → API records. The population is anchored on 1 January of today's year
 * (stable all year); the birth certificates follow `today`.
 */
export interface SyntheticData {
  readonly population: Population;
  readonly byId: ReadonlyMap<string, Citizen>;
  /** A citizen's population record, built on first request (most are never asked for). */
  record(id: string): PopulationRecord | undefined;
  readonly newborns: readonly Newborn[];
  readonly certificates: readonly (readonly [Newborn, BirthCertificate])[];
  readonly marriages: ReadonlyMap<string, MarriageRecord>;
  /** Each person's birth registration, by số định danh (a few older people have none). */
  readonly birthRegistrations: ReadonlyMap<string, BirthRegistration>;
  readonly insurance: ReadonlyMap<string, InsuranceRecord>;
  readonly businesses: readonly Business[];
  readonly parcels: readonly Parcel[];
  readonly businessesByPerson: ReadonlyMap<string, Business[]>;
  readonly parcelsByPerson: ReadonlyMap<string, Parcel[]>;
  readonly personas: readonly Persona[];
  /** Consents to share a population record with one citizen (anh-khoa's fiancée's). */
  readonly sharingConsents: readonly SharingConsent[];
  /** Recent deaths with their electronic death notices (not yet registered). */
  readonly deaths: readonly Death[];
  /** Driving licences by số định danh (CSDL giấy phép lái xe). */
  readonly drivingLicences: ReadonlyMap<string, DrivingLicence[]>;
}

function indexBy<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

function lazyRecords(byId: ReadonlyMap<string, Citizen>): (id: string) => PopulationRecord | undefined {
  const built = new Map<string, PopulationRecord>();
  return (id) => {
    let record = built.get(id);
    const person = record ? undefined : byId.get(id);
    if (person) built.set(id, (record = populationRecord(person)));
    return record;
  };
}

export function generateSyntheticData(todayInstant: Date): SyntheticData {
  const today = vietnamDay(todayInstant);
  const population = generateFamilies(anchorOf(today));
  const newborns = generateNewborns(population, today);
  const people = choosePersonaPeople(population, newborns);
  const fiancee = chooseFiancee(population, people, newborns);
  assignIdentifiers(population);
  const deaths = generateDeaths(population, people, new Set([fiancee]), today);

  const newbornParents = new Set(newborns.flatMap((b) => (b.father ? [b.mother, b.father] : [b.mother])));
  const businesses = generateBusinesses(population, people['co-phuong'], new Set([...Object.values(people), ...newbornParents]));
  const parcels = generateParcels(population, people['chu-tam']);
  const businessesByPerson = indexBy(businesses, (b) => [b.nguoiDaiDien.soDinhDanh]);
  const parcelsByPerson = indexBy(parcels, (p) => p.chuSuDung.map((holder) => holder.soDinhDanh));

  const byId = new Map(population.citizens.map((p) => [p.id, p]));
  return {
    population,
    byId,
    record: lazyRecords(byId),
    newborns,
    certificates: newborns.map((b) => [b, birthCertificateRecord(b)] as const),
    marriages: generateMarriages(population),
    birthRegistrations: generateBirthRegistrations(population, new Set(Object.values(people))),
    insurance: generateInsurance(population, new Set([people['kiem-thu-vien']])),
    businesses,
    parcels,
    businessesByPerson,
    parcelsByPerson,
    drivingLicences: generateDrivingLicences(population, people['anh-hung'], today),
    personas: describePersonas(people, {
      today,
      newborns,
      businessesOf: (id) => businessesByPerson.get(id) ?? [],
      parcelsOf: (id) => parcelsByPerson.get(id) ?? [],
      fiancee,
      deaths,
    }),
    sharingConsents: generateSharingConsents(fiancee, people['anh-khoa'], today),
    deaths,
  };
}
