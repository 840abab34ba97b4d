import { ageOn, yearOf } from './calendar';
import type { Citizen, Population } from './model';
import { asciiSlug } from './names';
import { createRng, type Rng } from './random';

/**
 * Numbers with valid formats (domain-vn §1): số định danh `PPP G YY RRRRRR` (PPP the old province
 * of the birth registration, G century + sex), mobile numbers on real carrier prefixes, e-mail
 * addresses for adults, enterprise tax codes with their mod-11 check digit. All unique.
 */

/** Century + sex digit: 1900s M0 F1, 2000s M2 F3, 2100s M4 F5 … */
export const centurySexDigit = (birthYear: number, sex: 'nam' | 'nu'): number =>
  (Math.floor(birthYear / 100) - 19) * 2 + (sex === 'nu' ? 1 : 0);

function uniqueDraw(used: Set<string>, draw: () => string): string {
  for (;;) {
    const value = draw();
    if (!used.has(value)) {
      used.add(value);
      return value;
    }
  }
}

export function personalId(rng: Rng, used: Set<string>, placeCode: string, birthYear: number, sex: 'nam' | 'nu'): string {
  const head = `${placeCode}${centurySexDigit(birthYear, sex)}${String(birthYear % 100).padStart(2, '0')}`;
  return uniqueDraw(used, () => head + rng.digits(6));
}

/** Carriers' shares of subscriptions, roughly; prefixes from domain-vn §1.4. */
const mobilePrefixes: readonly (readonly [readonly string[], number])[] = [
  [['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098'], 50],
  [['081', '082', '083', '084', '085', '088', '091', '094'], 25],
  [['070', '076', '077', '078', '079', '089', '090', '093'], 20],
  [['052', '056', '058', '092'], 3],
  [['059', '099', '087', '055'], 2],
];

export const mobileNumber = (rng: Rng, used: Set<string>): string =>
  uniqueDraw(used, () => rng.pick(rng.weighted(mobilePrefixes)) + rng.digits(7));

const mailDomains: readonly (readonly [string, number])[] = [['gmail.com', 80], ['yahoo.com', 8], ['outlook.com', 6], ['icloud.com', 4], ['fpt.vn', 2]];

function emailFor(rng: Rng, used: Set<string>, person: Citizen): string {
  const given = asciiSlug(person.name.ten);
  const family = asciiSlug(person.name.ho);
  const style = rng.int(0, 2);
  const local = style === 0 ? `${given}${family}${yearOf(person.birth)}` : style === 1 ? `${family}.${given}${rng.int(1, 99)}` : `${given}.${asciiSlug(person.name.dem)}${family}`;
  const domain = rng.weighted(mailDomains);
  let candidate = `${local}@${domain}`;
  for (let n = 2; used.has(candidate); n += 1) candidate = `${local}${n}@${domain}`;
  used.add(candidate);
  return candidate;
}

/**
 * Gives everyone a số định danh, and everyone of 14 or more (the age for a SIM in one's own name)
 * a mobile number; most adults also an e-mail address.
 */
export function assignIdentifiers(population: Population): void {
  const rng = createRng('identifiers');
  const ids = new Set<string>();
  const phones = new Set<string>();
  const mails = new Set<string>();
  for (const person of population.citizens) {
    person.id = personalId(rng, ids, person.birthPlaceCode, yearOf(person.birth), person.sex);
    const age = ageOn(person.birth, population.anchor);
    if (age >= 14) person.phone = mobileNumber(rng, phones);
    if (age >= 18 && rng.chance(age < 60 ? 0.8 : 0.3)) person.email = emailFor(rng, mails, person);
  }
}

const taxWeights = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** The tax-code check digit for a 9-digit base, or undefined when the base is not assignable. */
export function taxCheckDigit(base: string): number | undefined {
  const sum = taxWeights.reduce((total, weight, i) => total + weight * Number(base[i]), 0);
  const remainder = sum % 11;
  return remainder === 0 ? undefined : 10 - remainder;
}

/** A 10-digit enterprise tax code whose first two digits are the tax office's (`01` Hà Nội, `03` TP HCM…). */
export function enterpriseTaxCode(rng: Rng, used: Set<string>, officePrefix: string): string {
  return uniqueDraw(used, () => {
    for (;;) {
      const base = `${officePrefix}${rng.int(0, 1)}${rng.digits(6)}`;
      const check = taxCheckDigit(base);
      if (check !== undefined && base.slice(2) !== '0000000') return base + String(check);
    }
  });
}
