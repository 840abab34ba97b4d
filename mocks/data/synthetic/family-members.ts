import { type Day, twoLevelUnitsSince, yearOf } from './calendar';
import { type EthnicGroup, kinh, pickGivenNames, pickReligion, pickSurname } from './ethnic-groups';
import type { Citizen, Household } from './model';
import type { Sex } from './names';
import {
  currentProvinceOfOld, makeAddress, oldProvinceFullName, pickOldCode, pickProvince, pickWard,
  type Province, provinceByCode, wardAndProvince,
} from './places';
import type { Rng } from './random';
import { streetDetail } from './street-detail';

/** Shared state while the families are drawn. */
export interface FamilyContext {
  readonly rng: Rng;
  readonly anchor: Day;
  readonly citizens: Citizen[];
  readonly households: Household[];
}

export function makeHousehold(ctx: FamilyContext, province: Province): Household {
  const { rng } = ctx;
  const ward = pickWard(rng, province);
  const household: Household = {
    ix: ctx.households.length,
    province,
    ward,
    address: makeAddress(province, ward, streetDetail(rng, province, ward)),
    areaCode: pickOldCode(rng, province.code),
    members: [],
  };
  ctx.households.push(household);
  return household;
}

/** Where a group's household lives: its homeland for minorities, anywhere (by population) for Kinh. */
export function pickHomeProvince(ctx: FamilyContext, group: EthnicGroup): Province {
  const { rng } = ctx;
  if (!group.homelands || rng.chance(0.05)) return pickProvince(rng);
  return provinceByCode(currentProvinceOfOld.get(rng.weighted(group.homelands)) ?? '01');
}

/** "Xã Giao Thủy, Tỉnh Ninh Bình": a quê quán or a commune somewhere in an old province's area. */
function placeIn(ctx: FamilyContext, oldCode: string): string {
  const province = provinceByCode(currentProvinceOfOld.get(oldCode) ?? '01');
  return wardAndProvince(pickWard(ctx.rng, province, ctx.rng.chance(0.7) ? 'xa' : undefined), province);
}

/** Births before the two-level reform name the old province; later ones the ward and new province. */
function birthRegistrationText(household: Household, oldCode: string, birth: Day): string {
  if (birth < twoLevelUnitsSince) return oldProvinceFullName(oldCode);
  return wardAndProvince(household.ward, household.province);
}

export interface PersonSpec {
  sex: Sex;
  birth: Day;
  group: EthnicGroup;
  household: Household;
  father?: Citizen;
  mother?: Citizen;
  /** Born where the household is (children) rather than wherever the adult came from. */
  bornHere?: boolean;
  religion?: string;
  /** Family name when the parent who passes it on is not in the database. */
  ho?: string | undefined;
}

/** Given names unlike the parents' and the siblings' (parents do not give two children one name). */
function givenNamesUnlike(rng: Rng, { group, sex, birth, father, mother }: PersonSpec) {
  const family = [father, mother, ...(father?.children ?? []), ...(mother?.children ?? [])];
  const used = new Set(family.map((p) => p?.name.ten));
  let names = pickGivenNames(rng, group, sex, yearOf(birth));
  for (let tries = 0; tries < 12 && used.has(names.ten); tries += 1) names = pickGivenNames(rng, group, sex, yearOf(birth));
  return names;
}

export function makePerson(ctx: FamilyContext, spec: PersonSpec): Citizen {
  const { rng } = ctx;
  const { sex, birth, group, household, father, mother } = spec;
  const local = spec.bornHere ? rng.chance(0.92) : rng.chance(0.7);
  const migrantFrom = group.homelands ? rng.weighted(group.homelands) : pickOldCode(rng, pickProvince(rng).code);
  const birthPlaceCode = local ? household.areaCode : migrantFrom;
  const lineage = group.matrilineal ? mother : father;
  const ho = lineage?.name.ho ?? spec.ho ?? pickSurname(rng, group, household.province.region);
  const citizen: Citizen = {
    ix: ctx.citizens.length,
    id: '',
    name: { ho, ...givenNamesUnlike(rng, spec) },
    group,
    sex,
    birth,
    religion: spec.religion ?? pickReligion(rng, group, household.province.region),
    children: [],
    marital: 'docThan',
    household,
    birthPlaceCode,
    noiDangKyKhaiSinh: birthRegistrationText(household, birthPlaceCode, birth),
    queQuan: father?.queQuan ?? (lineage ?? mother)?.queQuan ?? placeIn(ctx, rng.chance(0.8) ? birthPlaceCode : migrantFrom),
  };
  if (father) {
    citizen.father = father;
    father.children.push(citizen);
  }
  if (mother) {
    citizen.mother = mother;
    mother.children.push(citizen);
  }
  ctx.citizens.push(citizen);
  household.members.push(citizen);
  return citizen;
}

/** Links two people as a married couple, registered on `on`. */
export function marry(husband: Citizen, wife: Citizen, on: Day): void {
  husband.spouse = wife;
  wife.spouse = husband;
  husband.marital = 'coVoChong';
  wife.marital = 'coVoChong';
  husband.marriedOn = on;
  wife.marriedOn = on;
}

/** A city address for someone registered at home but studying or working elsewhere. */
export function temporaryAddress(ctx: FamilyContext) {
  const { rng } = ctx;
  const province = provinceByCode(rng.weighted([['79', 5], ['01', 4], ['48', 1], ['75', 1], ['31', 1], ['92', 1]]));
  const ward = pickWard(rng, province, 'phuong');
  return makeAddress(province, ward, streetDetail(rng, province, ward));
}

/** The group of someone marrying in: mostly the same as the partner's, sometimes Kinh. */
export const spouseGroup = (rng: Rng, group: EthnicGroup): EthnicGroup => (group === kinh || rng.chance(0.85) ? group : kinh);
