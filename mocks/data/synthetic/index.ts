import type {
  BirthCertificate, BirthRegistration, Business, InsuranceRecord, MarriageRecord, Parcel, PopulationRecord, RelatedPerson,
} from '@/lib/api-contract/registries';
import type { DrivingLicence } from '@/lib/api-contract/driving-licences';
import { isoDate, vietnamDay } from './calendar';
import { generateSyntheticData, type SyntheticData } from './generate';
import { relatedPersonRecord, relationOf } from './records';
import type { DeathNoticeRecord } from './deaths';
import type { SharingConsent } from './sharing-consents';

/**
 * The synthetic population and the national registries derived from it (population, civil
 * status: births and marriages, health, social insurance, business registration, land), seeded
 * so every machine gets the same people. Lookups are keyed by số định danh. The mock handlers own
 * authorisation and consent; this module only answers what the registries hold.
 */

/** A test account a tester signs in as (`GET /auth/personas`). */
export interface Persona {
  id: string;
  soDinhDanh: string;
  ial: 1 | 2;
  roles: ('citizen' | 'author' | 'tester')[];
  story: { vi: string; en: string };
}

export interface SyntheticRegistry {
  personas: readonly Persona[];
  person(id: string): PopulationRecord | undefined;
  contact(id: string): { soDienThoai?: string; thuDienTu?: string } | undefined;
  /** Only a parent, child, spouse or household member of the holder; otherwise undefined. */
  relatedPerson(holderId: string, otherId: string): RelatedPerson | undefined;
  /** Someone who is nobody to the holder but consented in VNeID to share their record with them (`quanHe` 'khac'). */
  sharedPerson(holderId: string, otherId: string): RelatedPerson | undefined;
  /** The live consents others gave to share their population record with this citizen. */
  sharingConsentsTo(granteeId: string): readonly SharingConsent[];
  /** The electronic death notice of this person (giấy báo tử), if a health facility sent one. */
  deathNoticeOf(deceasedId: string): DeathNoticeRecord | undefined;
  /** Who has a death notice: for the most recent death among a citizen's relatives. */
  deathNotices: readonly DeathNoticeRecord[];
  marriageOf(id: string): MarriageRecord | undefined;
  /** The citizen's own birth registration (trích lục khai sinh); undefined when the database holds none. */
  birthRegistrationOf(id: string): BirthRegistration | undefined;
  /** The most recent birth certificate where the citizen is the mother or the father. */
  birthCertificateFor(parentId: string): BirthCertificate | undefined;
  insuranceOf(id: string): InsuranceRecord | undefined;
  businessesOf(id: string): Business[];
  parcelsOf(id: string): Parcel[];
  /** The citizen's driving licences (CSDL giấy phép lái xe); empty when none. */
  drivingLicencesOf(id: string): DrivingLicence[];
  counts: {
    persons: number; households: number; businesses: number; parcels: number; marriages: number; birthRegistrations: number; birthCertificates: number;
  };
}

function registryOf(data: SyntheticData): SyntheticRegistry {
  const { byId } = data;
  return {
    personas: data.personas,
    person: (id) => data.record(id),
    contact: (id) => {
      const person = byId.get(id);
      if (!person) return undefined;
      return { ...(person.phone ? { soDienThoai: person.phone } : {}), ...(person.email ? { thuDienTu: person.email } : {}) };
    },
    relatedPerson: (holderId, otherId) => {
      const holder = byId.get(holderId);
      const other = byId.get(otherId);
      const quanHe = holder && other ? relationOf(holder, other) : undefined;
      return other && quanHe ? relatedPersonRecord(other, quanHe) : undefined;
    },
    sharedPerson: (holderId, otherId) => {
      const other = byId.get(otherId);
      const consented = data.sharingConsents.some((c) => c.nguoiChiaSe === otherId && c.nguoiDuocChiaSe === holderId);
      return other && consented ? relatedPersonRecord(other, 'khac') : undefined;
    },
    sharingConsentsTo: (granteeId) => data.sharingConsents.filter((c) => c.nguoiDuocChiaSe === granteeId),
    deathNoticeOf: (deceasedId) => data.deaths.find((d) => d.deceased.id === deceasedId)?.notice,
    deathNotices: data.deaths.map((d) => d.notice),
    marriageOf: (id) => data.marriages.get(id),
    birthRegistrationOf: (id) => data.birthRegistrations.get(id),
    birthCertificateFor: (parentId) => {
      const mine = data.certificates.filter(([b]) => b.mother.id === parentId || b.father?.id === parentId);
      return mine.reduce<(typeof mine)[number] | undefined>((latest, c) => (!latest || c[0].birth > latest[0].birth ? c : latest), undefined)?.[1];
    },
    insuranceOf: (id) => data.insurance.get(id),
    businessesOf: (id) => [...(data.businessesByPerson.get(id) ?? [])],
    parcelsOf: (id) => [...(data.parcelsByPerson.get(id) ?? [])],
    drivingLicencesOf: (id) => [...(data.drivingLicences.get(id) ?? [])],
    counts: {
      persons: data.population.citizens.length,
      households: data.population.households.length,
      businesses: data.businesses.length,
      parcels: data.parcels.length,
      marriages: new Set(data.marriages.values()).size,
      birthRegistrations: data.birthRegistrations.size,
      birthCertificates: data.certificates.length,
    },
  };
}

const memo = new Map<string, SyntheticRegistry>();

/**
 * The registries as of `today` (a Việt Nam calendar day), memoised per day: the population is
 * stable for the whole year, the newborns' birth dates follow the day.
 */
export function getSyntheticRegistry(today: Date = new Date()): SyntheticRegistry {
  const key = isoDate(vietnamDay(today));
  let registry = memo.get(key);
  if (!registry) {
    registry = registryOf(generateSyntheticData(today));
    if (memo.size >= 4) memo.clear();
    memo.set(key, registry);
  }
  return registry;
}
