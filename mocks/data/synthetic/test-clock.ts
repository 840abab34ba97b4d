import type { Parcel, PopulationRecord } from '@/lib/api-contract/registries';
import type { RegistryAddress } from '@/lib/api-contract/registry-common';
import { generateSyntheticData, type SyntheticData } from './generate';

/**
 * The injected clock and the one generation the synthetic-data tests share (a test file is its
 * own module graph, so each file generates once).
 */
export const testToday = new Date('2026-11-22T03:00:00Z');

let shared: SyntheticData | undefined;
export const testData = (): SyntheticData => (shared ??= generateSyntheticData(testToday));

/** Every citizen's population record, in creation order. */
export const allRecords = (data: SyntheticData): PopulationRecord[] =>
  data.population.citizens.flatMap((p) => {
    const record = data.record(p.id);
    return record ? [record] : [];
  });

/** Every address a generated record carries, with where it came from (for failure messages). */
export function allAddresses(data: SyntheticData): (readonly [string, RegistryAddress])[] {
  const fromPerson = (r: PopulationRecord) => [[`${r.soDinhDanh} thuongTru`, r.thuongTru], [`${r.soDinhDanh} noiOHienTai`, r.noiOHienTai]] as const;
  const fromParcel = (p: Parcel) => [[`parcel ${p.maXa}/${p.soTo}/${p.soThua}`, p.diaChi]] as const;
  return [
    ...allRecords(data).flatMap(fromPerson),
    ...data.parcels.flatMap(fromParcel),
    ...data.businesses.map((b) => [`business ${b.maSoThue}`, b.diaChiTruSo] as const),
    ...data.certificates.map(([, c]) => [`birth ${c.soGiayChungSinh}`, c.noiSinh.diaChi] as const),
  ];
}
