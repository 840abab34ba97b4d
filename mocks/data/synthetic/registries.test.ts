import {
  birthCertificateSchema, birthRegistrationSchema, businessSchema, insuranceRecordSchema, marriageRecordSchema, parcelSchema,
  populationRecordSchema, relatedPersonSchema,
} from '@/lib/api-contract/registries';
import adminUnits from '../admin-units.json';
import { getSyntheticRegistry } from './index';
import { allAddresses, testData, testToday } from './test-clock';

const data = testData();
const registry = getSyntheticRegistry(testToday);
const ids = data.population.citizens.map((p) => p.id);

/** Zod issues of every value that fails `schema`, labelled; empty when all pass. */
const failures = <T>(schema: { safeParse(v: unknown): { success: boolean; error?: { message: string } } }, values: readonly T[], label: (v: T) => string) =>
  values.flatMap((value) => {
    const result = schema.safeParse(value);
    return result.success ? [] : [`${label(value)}: ${result.error?.message ?? ''}`];
  });

describe('synthetic registries — contracts', () => {
  it('validates every population record against the contract', () => {
    expect(failures(populationRecordSchema, ids.map((id) => registry.person(id)), (r) => r?.soDinhDanh ?? '?')).toEqual([]);
  });

  it('validates every related person of every household against the contract', () => {
    const related = data.population.households.flatMap((h) =>
      h.members.flatMap((a) => [...h.members, a.father, a.mother, a.spouse, ...a.children].map((b) => (b ? registry.relatedPerson(a.id, b.id) : undefined))),
    ).filter((r) => r !== undefined);
    expect(related.length).toBeGreaterThan(ids.length);
    expect(failures(relatedPersonSchema, related, (r) => r.soDinhDanh)).toEqual([]);
  });

  it('validates birth registrations, marriages, birth certificates, insurance, businesses and parcels', () => {
    expect(failures(birthRegistrationSchema, [...data.birthRegistrations.values()], (r) => `${r.hoTen} ${r.ngaySinh}`)).toEqual([]);
    expect(failures(marriageRecordSchema, [...data.marriages.values()], (m) => m.soGiayChungNhan)).toEqual([]);
    expect(failures(birthCertificateSchema, data.certificates.map(([, c]) => c), (c) => c.soGiayChungSinh)).toEqual([]);
    expect(failures(insuranceRecordSchema, [...data.insurance.values()], (c) => c.maSoBhxh)).toEqual([]);
    expect(failures(businessSchema, data.businesses, (b) => b.maSoThue)).toEqual([]);
    expect(failures(parcelSchema, data.parcels, (p) => `${p.maXa}/${p.soTo}/${p.soThua}`)).toEqual([]);
  });

  it('places every address in a ward of its province, with the names of admin-units.json', () => {
    const wards = new Map(adminUnits.provinces.flatMap((p) => p.wards.map(([code, name]) => [`${p.code}/${code}`, `${p.fullName}/${name}`] as const)));
    const wrong = allAddresses(data).filter(([, a]) => wards.get(`${a.tinh}/${a.xa}`) !== `${a.tenTinh}/${a.tenXa}`);
    expect(wrong.map(([where]) => where)).toEqual([]);
    expect(data.parcels.filter((p) => p.maXa !== p.diaChi.xa)).toEqual([]);
  });

  it('answers lookups by số định danh, and nothing for an unknown number', () => {
    const [first] = ids;
    expect(registry.person(first ?? '')?.soDinhDanh).toBe(first);
    for (const lookup of [registry.person, registry.contact, registry.birthRegistrationOf, registry.marriageOf, registry.insuranceOf, registry.birthCertificateFor]) {
      expect(lookup('000000000000')).toBeUndefined();
    }
    expect(registry.businessesOf('000000000000')).toEqual([]);
    expect(registry.parcelsOf('000000000000')).toEqual([]);
  });

  it('lists each business under its representative and each parcel under every holder', () => {
    const business = data.businesses[0];
    const parcel = data.parcels.find((p) => p.chuSuDung.length === 2);
    expect(business && registry.businessesOf(business.nguoiDaiDien.soDinhDanh)).toContainEqual(business);
    for (const holder of parcel?.chuSuDung ?? []) expect(registry.parcelsOf(holder.soDinhDanh)).toContainEqual(parcel);
  });
});
