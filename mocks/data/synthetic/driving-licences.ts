import type { DrivingLicence, DrivingLicenceClass } from '@/lib/api-contract/driving-licences';
import { addYears, ageOn, type Day, dayOf, isoDate, twoLevelUnitsSince } from './calendar';
import { fullName } from './ethnic-groups';
import type { Citizen, Population } from './model';
import { oldProvinceFullName, unitInText } from './places';
import { createRng, type Rng } from './random';

/**
 * CSDL giấy phép lái xe: a motorbike licence (A1, no term) for most adults and a car licence for
 * some, keyed by số định danh. Cards issued before 2025 carry the old car class B2 (10-year term);
 * the 2024 Road Traffic Law's class B replaces it from 1 January 2025. The transport departments
 * issued licences until the police took over on 1 March 2025.
 */
const newClassesSince: Day = dayOf(2025, 1, 1);
const policeIssuesSince: Day = dayOf(2025, 3, 1);
/** Days after `today` on which the persona anh-hung's car licence expires: he is due to exchange it. */
export const anhHungLicenceExpiresInDays = 40;

function issuer(person: Citizen, issued: Day): string {
  const oldProvince = unitInText(oldProvinceFullName(person.household.areaCode));
  if (issued < policeIssuesSince) return `Sở Giao thông vận tải ${oldProvince}`;
  const province = issued < twoLevelUnitsSince ? oldProvince : unitInText(person.household.province.fullName);
  return `Phòng Cảnh sát giao thông Công an ${province}`;
}

function licenceNumber(rng: Rng, person: Citizen, taken: Set<string>): string {
  // The old GSO province code (the CCCD code without its leading 0), then ten digits.
  const prefix = person.household.areaCode.slice(1);
  let number = `${prefix}${rng.digits(10)}`;
  while (taken.has(number)) number = `${prefix}${rng.digits(10)}`;
  taken.add(number);
  return number;
}

const carClassOn = (issued: Day): DrivingLicenceClass => (issued < newClassesSince ? 'B2' : 'B');

export function generateDrivingLicences(population: Population, anhHung: Citizen, today: Day): Map<string, DrivingLicence[]> {
  const rng = createRng('driving-licences');
  const { anchor } = population;
  const taken = new Set<string>();
  const byPerson = new Map<string, DrivingLicence[]>();
  const licence = (person: Citizen, hang: DrivingLicenceClass, ngayCap: Day, ngayHetHan?: Day): DrivingLicence => ({
    soGiayPhep: licenceNumber(rng, person, taken),
    soDinhDanh: person.id,
    hoTen: fullName(person.name, person.group),
    hang,
    ngayCap: isoDate(ngayCap),
    ...(ngayHetHan === undefined ? {} : { ngayHetHan: isoDate(ngayHetHan) }),
    coQuanCap: issuer(person, ngayCap),
  });

  for (const person of population.citizens) {
    const age = ageOn(person.birth, anchor);
    if (age < 18) continue;
    const items: DrivingLicence[] = [];
    const rides = person === anhHung || rng.chance(age > 75 ? 0.3 : person.sex === 'nam' ? 0.8 : 0.65);
    if (rides) {
      const at = Math.min(addYears(person.birth, rng.int(18, Math.min(age, 28))) + rng.int(0, 300), anchor - rng.int(30, 365));
      items.push(licence(person, 'A1', at));
    }
    if (person === anhHung) {
      // Due to expire soon, whatever day it is: the exchange is his to do now.
      const expires = today + anhHungLicenceExpiresInDays;
      items.push(licence(person, 'B2', addYears(expires, -10), expires));
    } else if (age >= 20 && age <= 65 && rng.chance(person.sex === 'nam' ? 0.3 : 0.12)) {
      // Issued (or last exchanged) within the ten-year term: a car licence still in force.
      const at = Math.max(anchor - rng.int(30, 3600), addYears(person.birth, 18));
      items.push(licence(person, carClassOn(at), at, addYears(at, 10)));
    }
    if (items.length > 0) byPerson.set(person.id, items);
  }
  return byPerson;
}
