import type { RegistryAddress } from '@/lib/api-contract/registry-common';
import { citizenIdProvinceCodes } from '@/fields/shared/citizen-id.codes';
import adminUnits from '../admin-units.json';
import type { Rng } from './random';

/**
 * Where people live and were born: the 34 provinces in force since 1 July 2025 (wards from
 * mocks/data/admin-units.json) and the 63 old provinces whose codes still open every số định
 * danh (domain-vn §2 table: current province → old CCCD codes).
 */
export type Region = 'north' | 'highlands' | 'central' | 'south';
export type UnitKind = 'phuong' | 'xa' | 'dacKhu';

export interface Ward {
  code: string;
  name: string;
  kind: UnitKind;
}
export interface Province {
  code: string;
  fullName: string;
  name: string;
  region: Region;
  wards: readonly Ward[];
}

/** [new code, population in 100k (2024, rounded), region, old CCCD codes with their share]. */
const table: readonly (readonly [string, number, Region, readonly (readonly [string, number])[]])[] = [
  ['01', 87, 'north', [['001', 1]]],
  ['04', 6, 'highlands', [['004', 1]]],
  ['08', 19, 'highlands', [['008', 8], ['002', 9]]],
  ['11', 7, 'highlands', [['011', 1]]],
  ['12', 5, 'highlands', [['012', 1]]],
  ['14', 13, 'highlands', [['014', 1]]],
  ['15', 18, 'highlands', [['015', 9], ['010', 8]]],
  ['19', 18, 'north', [['019', 13], ['006', 3]]],
  ['20', 8, 'highlands', [['020', 1]]],
  ['22', 14, 'north', [['022', 1]]],
  ['24', 36, 'north', [['024', 19], ['027', 15]]],
  ['25', 40, 'north', [['025', 15], ['026', 12], ['017', 9]]],
  ['31', 47, 'north', [['031', 21], ['030', 19]]],
  ['33', 36, 'north', [['033', 13], ['034', 19]]],
  ['37', 44, 'north', [['037', 10], ['035', 9], ['036', 18]]],
  ['38', 38, 'central', [['038', 1]]],
  ['40', 35, 'central', [['040', 1]]],
  ['42', 13, 'central', [['042', 1]]],
  ['44', 19, 'central', [['044', 9], ['045', 7]]],
  ['46', 12, 'central', [['046', 1]]],
  ['48', 31, 'central', [['048', 12], ['049', 15]]],
  ['51', 19, 'central', [['051', 12], ['062', 6]]],
  ['52', 36, 'central', [['052', 15], ['064', 16]]],
  ['56', 22, 'central', [['056', 13], ['058', 6]]],
  ['66', 33, 'central', [['066', 19], ['054', 9]]],
  ['68', 39, 'central', [['068', 13], ['067', 7], ['060', 13]]],
  ['75', 45, 'south', [['075', 32], ['070', 10]]],
  ['79', 140, 'south', [['079', 95], ['074', 27], ['077', 12]]],
  ['80', 33, 'south', [['080', 17], ['072', 12]]],
  ['82', 44, 'south', [['082', 18], ['087', 16]]],
  ['86', 43, 'south', [['086', 10], ['083', 13], ['084', 10]]],
  ['91', 49, 'south', [['091', 18], ['089', 19]]],
  ['92', 42, 'south', [['092', 13], ['094', 12], ['093', 7]]],
  ['96', 26, 'south', [['096', 12], ['095', 9]]],
];

function unitKind(name: string): UnitKind {
  const lower = name.toLowerCase();
  if (lower.startsWith('phường ')) return 'phuong';
  if (lower.startsWith('đặc khu ')) return 'dacKhu';
  return 'xa';
}

const sourceProvinces = new Map(adminUnits.provinces.map((p) => [p.code, p]));

export const provinces: readonly Province[] = table.map(([code, , region]) => {
  const source = sourceProvinces.get(code);
  if (!source) throw new Error(`province ${code} missing from admin-units.json`);
  const wards = source.wards.map(([wardCode = '', name = '']) => ({ code: wardCode, name, kind: unitKind(name) }));
  return { code, fullName: source.fullName, name: source.name, region, wards };
});

const byCode = new Map(provinces.map((p) => [p.code, p]));
export function provinceByCode(code: string): Province {
  const province = byCode.get(code);
  if (!province) throw new Error(`unknown province ${code}`);
  return province;
}

const populationWeights = table.map(([code, weight]) => [code, weight] as const);
const oldCodesOf = new Map(table.map(([code, , , old]) => [code, old]));
/** Old CCCD code → the current province that absorbed it. */
export const currentProvinceOfOld: ReadonlyMap<string, string> = new Map(
  table.flatMap(([code, , , old]) => old.map(([oldCode]) => [oldCode, code] as const)),
);

/** A current province, weighted by population. */
export const pickProvince = (rng: Rng): Province => provinceByCode(rng.weighted(populationWeights));

/** One of the old provinces that make up a current one, weighted by their population. */
export const pickOldCode = (rng: Rng, provinceCode: string): string => rng.weighted(oldCodesOf.get(provinceCode) ?? [['001', 1]]);

/** Cities are "Thành phố …", the rest "Tỉnh …", as old birth registrations read. */
const oldCities = new Set(['001', '031', '048', '079', '092']);
export function oldProvinceFullName(oldCode: string): string {
  const name = citizenIdProvinceCodes[oldCode] ?? 'Hà Nội';
  if (name.startsWith('Thành phố')) return name;
  return `${oldCities.has(oldCode) ? 'Thành phố' : 'Tỉnh'} ${name}`;
}

const wardPools = new Map<string, readonly (readonly [Ward, number])[]>();
function wardPool(province: Province, kind: UnitKind | undefined): readonly (readonly [Ward, number])[] {
  const key = `${province.code}:${kind ?? ''}`;
  let pool = wardPools.get(key);
  if (!pool) {
    const matching = kind ? province.wards.filter((w) => w.kind === kind) : province.wards;
    pool = (matching.length > 0 ? matching : province.wards).map((w) => [w, w.kind === 'phuong' ? 2 : 1] as const);
    wardPools.set(key, pool);
  }
  return pool;
}

/** A ward; towns draw more people than villages, so phường weigh double. */
export const pickWard = (rng: Rng, province: Province, kind?: UnitKind): Ward => rng.weighted(wardPool(province, kind));

export const makeAddress = (province: Province, ward: Ward, chiTiet: string): RegistryAddress => ({
  tinh: province.code,
  tenTinh: province.fullName,
  xa: ward.code,
  tenXa: ward.name,
  chiTiet,
});

/** "Phường Ba Đình" → "phường Ba Đình", for running text ("UBND phường Ba Đình"). */
export const unitInText = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/** "Phường Ba Đình" → "Ba Đình", for names like "Trung tâm Y tế khu vực Ba Đình". */
export const bareUnitName = (name: string): string => name.replace(/^(phường|xã|đặc khu) /i, '');

/** "Phường Ba Đình, Thành phố Hà Nội". */
export const wardAndProvince = (ward: Ward, province: Province): string => `${ward.name}, ${province.fullName}`;
