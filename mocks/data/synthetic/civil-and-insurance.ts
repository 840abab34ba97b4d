import type { InsuranceRecord, MarriageRecord } from '@/lib/api-contract/registries';
import { addYears, ageOn, type Day, dayOf, isoDate, yearOf } from './calendar';
import { fullName } from './ethnic-groups';
import type { Citizen, Population } from './model';
import { bareUnitName, unitInText } from './places';
import { createRng, type Rng } from './random';

/**
 * CSDL hộ tịch điện tử (marriages of the couples in the population, registered at the commune
 * people's committee) and CSDL BHXH (a 10-digit social-insurance number and a health-insurance
 * card for about 95% of people, with the card's beneficiary group following age and work).
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
