import type { RegistryAddress } from '@/lib/api-contract/registry-common';
import { ageOn, type Day, yearOf } from './calendar';
import { type EthnicGroup, kinh, pickGivenNames } from './ethnic-groups';
import type { Citizen, Population } from './model';
import type { NameParts, Sex } from './names';
import { bareUnitName, makeAddress, pickWard, provinceByCode, unitInText } from './places';
import { createRng, type Rng } from './random';
import { officeDetail } from './street-detail';

/**
 * Giấy chứng sinh điện tử for babies born in the last 50 days. Their parents are in the
 * population; the babies are not — entering them is what birth registration does. The mothers
 * are chosen by their situation on the anchor day, so the same families have the newborns all
 * year; only the birth dates follow `today`. The first is the birth-registration persona's baby.
 */
export interface Newborn {
  readonly number: string;
  readonly name: NameParts;
  /** The group whose naming the baby's name follows (the father's, or the mother's when matrilineal or alone). */
  readonly group: EthnicGroup;
  readonly sex: Sex;
  readonly birth: Day;
  readonly facility: string;
  readonly facilityAddress: RegistryAddress;
  readonly mother: Citizen;
  readonly father?: Citizen;
}

export const newbornCount = { married: 17, single: 3 } as const;
/** Age in days of the persona's baby: about two weeks, inside the 60-day registration deadline. */
export const personaBabyAgeDays = 14;

const youngestChildBirth = (mother: Citizen): Day => Math.max(-Infinity, ...mother.children.map((c) => c.birth));

function eligibleMothers(population: Population): { married: Citizen[]; single: Citizen[] } {
  const { anchor, citizens } = population;
  const women = citizens
    .filter((w) => w.sex === 'nu' && !w.livesElsewhere && youngestChildBirth(w) < anchor - 600)
    .map((w) => [w, ageOn(w.birth, anchor)] as const);
  const married = women.filter(([w, age]) => age >= 21 && age <= 38 && w.spouse !== undefined && (w.marriedOn ?? anchor) < anchor - 300);
  const single = women.filter(([w, age]) => age >= 20 && age <= 34 && w.marital === 'docThan');
  return { married: married.map(([w]) => w), single: single.map(([w]) => w) };
}

/** Puts the Kinh mothers of 26–33 first: the persona's family reads most familiar to testers. */
const personaFirst = (anchor: Day) => (a: Citizen, b: Citizen): number => {
  const fits = (w: Citizen) => w.group === kinh && w.spouse?.group === kinh && ageOn(w.birth, anchor) >= 26 && ageOn(w.birth, anchor) <= 33;
  return Number(fits(b)) - Number(fits(a));
};

function facilityFor(rng: Rng, mother: Citizen): { facility: string; facilityAddress: RegistryAddress } {
  const home = mother.household.province;
  const province = rng.chance(0.85) ? home : provinceByCode(rng.pick(['01', '79']));
  const ward = pickWard(rng, province, 'phuong');
  const facility = rng.weighted([
    [`Bệnh viện Sản Nhi ${province.name}`, 3],
    [`Bệnh viện Đa khoa ${unitInText(province.fullName)}`, 3],
    [`Trung tâm Y tế khu vực ${bareUnitName(ward.name)}`, 2],
  ]);
  return { facility, facilityAddress: makeAddress(province, ward, officeDetail(rng)) };
}

function newbornFor(rng: Rng, mother: Citizen, father: Citizen | undefined, birth: Day): Newborn {
  const sex: Sex = rng.chance(0.51) ? 'nam' : 'nu';
  const group = mother.group.matrilineal || !father ? mother.group : father.group;
  const ho = group.matrilineal || !father ? mother.name.ho : father.name.ho;
  const { facility, facilityAddress } = facilityFor(rng, mother);
  const number = `${facilityAddress.tinh}${rng.digits(3)}-${yearOf(birth)}-${rng.digits(6)}`;
  return { number, name: { ho, ...pickGivenNames(rng, group, sex, yearOf(birth)) }, group, sex, birth, facility, facilityAddress, mother, ...(father ? { father } : {}) };
}

/** Draws `count` distinct women from a pool (keeping the pool's order for the first). */
function draw(rng: Rng, pool: Citizen[], count: number, keepFirst: boolean): Citizen[] {
  const rest = pool.slice(keepFirst ? 1 : 0);
  const chosen = keepFirst && pool[0] ? [pool[0]] : [];
  while (chosen.length < count && rest.length > 0) chosen.push(...rest.splice(rng.int(0, rest.length - 1), 1));
  return chosen;
}

export function generateNewborns(population: Population, today: Day): Newborn[] {
  const rng = createRng('newborns');
  const { married, single } = eligibleMothers(population);
  const marriedMothers = draw(rng, [...married].sort(personaFirst(population.anchor)), newbornCount.married, true);
  const singleMothers = draw(rng, single, newbornCount.single, false);
  return [...marriedMothers, ...singleMothers].map((mother, i) => {
    const age = i === 0 ? personaBabyAgeDays : rng.int(1, 50);
    return newbornFor(rng, mother, mother.spouse, today - age);
  });
}
