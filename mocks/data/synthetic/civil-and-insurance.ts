import type { BirthRegistration, InsuranceRecord, MarriageRecord } from '@/lib/api-contract/registries';
import { addYears, ageOn, type Day, dayOf, isoDate, twoLevelUnitsSince, yearOf } from './calendar';
import { fullName } from './ethnic-groups';
import type { Citizen, Population } from './model';
import {
  bareUnitName, currentProvinceOfOld, oldProvinceFullName, pickWard, provinceByCode, unitInText, type Ward,
} from './places';
import { createRng, type Rng } from './random';

/**
 * CSDL hộ tịch điện tử (the births of the people in the population and the marriages of its
 * couples, registered at the commune people's committee) and CSDL BHXH (a 10-digit
 * social-insurance number and a health-insurance card for about 95% of people, with the card's
 * beneficiary group following age and work).
 */
const ref = (p: Citizen) => ({ soDinhDanh: p.id, hoTen: fullName(p.name, p.group) });

export function generateMarriages(population: Population): Map<string, MarriageRecord> {
  const rng = createRng('marriages');
  const byPerson = new Map<string, MarriageRecord>();
  for (const husband of population.citizens) {
    const wife = husband.spouse;
    if (husband.sex !== 'nam' || !wife || husband.marriedOn === undefined) continue;
    const { ward, province } = wife.household;
    const record: MarriageRecord = {
      soGiayChungNhan: String(rng.int(1, 260)),
      quyenSo: `${String(rng.int(1, 3)).padStart(2, '0')}/${yearOf(husband.marriedOn)}`,
      ngayDangKy: isoDate(husband.marriedOn),
      noiDangKy: `UBND ${unitInText(ward.name)}, ${unitInText(province.fullName)}`,
      vo: ref(wife),
      chong: ref(husband),
    };
    byPerson.set(husband.id, record);
    byPerson.set(wife.id, record);
  }
  return byPerson;
}

/** Share of the people born before 1990 whose paper birth register is not digitised yet: no record (404). */
export const undigitisedBirthShare = 0.04;
/** Registering a birth is due within 60 days (Luật Hộ tịch, art. 15); older generations often registered late. */
export const birthRegistrationDeadlineDays = 60;

/**
 * The commune whose people's committee registered the birth, as the population record's
 * noiDangKyKhaiSinh names it: since the two-level reform, its ward and new province; before, a
 * commune of the old province it names — the household's own when the person was born into it.
 */
function birthRegistrationPlace(rng: Rng, person: Citizen): { ward: Ward; provinceName: string } {
  const { household } = person;
  if (person.birth >= twoLevelUnitsSince) return { ward: household.ward, provinceName: household.province.fullName };
  const provinceName = oldProvinceFullName(person.birthPlaceCode);
  const bornHere = person.birthPlaceCode === household.areaCode && household.ward.kind !== 'dacKhu'
    && [person.father, person.mother].some((parent) => parent?.household === household);
  if (bornHere) return { ward: household.ward, provinceName };
  const province = provinceByCode(currentProvinceOfOld.get(person.birthPlaceCode) ?? household.province.code);
  return { ward: pickWard(rng, province, rng.chance(0.7) ? 'xa' : 'phuong'), provinceName };
}

/** Mostly within the deadline; late (up to six years) for 5% of people, and for 30% of those born before 1976. */
function birthRegistrationDay(rng: Rng, birth: Day, anchor: Day): Day {
  const late = rng.chance(yearOf(birth) < 1976 ? 0.3 : 0.05);
  const day = birth + (late ? rng.int(birthRegistrationDeadlineDays + 1, 6 * 365) : rng.around(18, 20, 3, birthRegistrationDeadlineDays));
  // Registered before the population's year began, and under the units the record names.
  return Math.min(day, anchor - 1, birth < twoLevelUnitsSince ? twoLevelUnitsSince - 1 : Infinity);
}

/** Place of birth as the register writes it: at home (the commune) for many older people, else a health facility. */
function birthPlaceText(rng: Rng, birth: Day, ward: Ward, provinceName: string): string {
  const year = yearOf(birth);
  if (rng.chance(year < 1975 ? 0.7 : year < 1990 ? 0.4 : year < 2000 ? 0.15 : 0.02)) return `${ward.name}, ${provinceName}`;
  return rng.weighted([
    [`Trạm Y tế ${unitInText(ward.name)}, ${unitInText(provinceName)}`, year < 2000 ? 6 : 3],
    [`Bệnh viện Đa khoa ${unitInText(provinceName)}`, 4],
  ]);
}

/**
 * Everyone's birth registration (trích lục khai sinh), copied from the person: name, birth, sex,
 * ethnicity and the parents in the population. `keep` (the personas) always have one; a few older
 * people have none, their paper register not yet in the electronic database.
 */
export function generateBirthRegistrations(population: Population, keep: ReadonlySet<Citizen>): Map<string, BirthRegistration> {
  const rng = createRng('birth-registrations');
  const byPerson = new Map<string, BirthRegistration>();
  for (const person of population.citizens) {
    const undigitised = rng.chance(yearOf(person.birth) < 1990 ? undigitisedBirthShare : 0);
    const registeredOn = birthRegistrationDay(rng, person.birth, population.anchor);
    const { ward, provinceName } = birthRegistrationPlace(rng, person);
    const record: BirthRegistration = {
      soDangKy: String(rng.int(1, 350)),
      quyenSo: `${String(rng.int(1, 3)).padStart(2, '0')}/${yearOf(registeredOn)}`,
      ngayDangKy: isoDate(registeredOn),
      noiDangKy: `UBND ${unitInText(ward.name)}, ${unitInText(provinceName)}`,
      hoTen: fullName(person.name, person.group),
      ngaySinh: isoDate(person.birth),
      gioiTinh: person.sex,
      noiSinh: birthPlaceText(rng, person.birth, ward, provinceName),
      danToc: person.group.code,
      quocTich: 'VN',
      ...(person.father ? { cha: ref(person.father) } : {}),
      ...(person.mother ? { me: ref(person.mother) } : {}),
    };
    if (!undigitised || keep.has(person)) byPerson.set(person.id, record);
  }
  return byPerson;
}

/** Beneficiary group and benefit level printed on the card (e.g. `HS 4`, `TE 1`, `HT 2`). */
function cardGroup(rng: Rng, person: Citizen, age: number): string {
  if (age < 6) return 'TE1';
  if (age < 18) return 'HS4';
  if (age < 23 && person.livesElsewhere) return 'SV4';
  if (age >= 80 && rng.chance(0.5)) return 'BT2';
  if (age >= 60) return rng.weighted([['HT2', 5], ['GD4', 4], ['CB2', 1]] as const);
  return rng.weighted([['DN4', 45], ['GD4', 30], ['HC4', 12], ['HN1', 5], ['NO4', 8]] as const);
}

function clinic(rng: Rng, person: Citizen): string {
  const ward = person.household.ward;
  const province = person.household.province;
  const where = person.livesElsewhere;
  if (where && rng.chance(0.7)) return `Trạm Y tế ${unitInText(where.tenXa)}, ${where.tenTinh}`;
  return rng.weighted([
    [`Trạm Y tế ${unitInText(ward.name)}`, 55],
    [`Trung tâm Y tế khu vực ${bareUnitName(ward.name)}`, 30],
    [`Bệnh viện Đa khoa ${unitInText(province.fullName)}`, 15],
  ]);
}

export function generateInsurance(population: Population, uninsured: ReadonlySet<Citizen>): Map<string, InsuranceRecord> {
  const rng = createRng('insurance');
  const { anchor } = population;
  const yearEnd: Day = dayOf(yearOf(anchor), 12, 31);
  const numbers = new Set<string>();
  const byPerson = new Map<string, InsuranceRecord>();
  for (const person of population.citizens) {
    if (uninsured.has(person) || rng.chance(0.05)) continue;
    let maSoBhxh = '';
    do maSoBhxh = `${person.birthPlaceCode.slice(1)}${rng.digits(8)}`;
    while (numbers.has(maSoBhxh));
    numbers.add(maSoBhxh);
    const age = ageOn(person.birth, anchor);
    const group = cardGroup(rng, person, age);
    const until = group === 'TE1' ? addYears(person.birth, 6) - 1 : rng.chance(0.04) ? addYears(yearEnd, -1) : yearEnd;
    byPerson.set(person.id, {
      maSoBhxh,
      soTheBhyt: `${group}${person.household.province.code}${maSoBhxh}`,
      hanTheDen: isoDate(until),
      noiDangKyKcb: clinic(rng, person),
    });
  }
  return byPerson;
}
