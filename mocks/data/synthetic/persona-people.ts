import { ageOn } from './calendar';
import { kinh } from './ethnic-groups';
import type { Newborn } from './births';
import type { Citizen, Population } from './model';

/**
 * The people behind the testers' accounts, picked by their situation (never by a hard-coded
 * number, which changes with the seed) and given the first names their persona ids promise.
 */
export type PersonaKey =
  | 'chi-lan' | 'anh-hung' | 'co-phuong' | 'chu-tam' | 'ba-xuan' | 'anh-khoa' | 'kiem-thu-vien' | 'tac-gia-bieu-mau';

export type PersonaPeople = Readonly<Record<PersonaKey, Citizen>>;

/** Gives the promised first name; `traditional` also restores the Thị/Văn of the person's generation. */
const rename = (person: Citizen, ten: string, traditional = false): void => {
  const plain = person.sex === 'nu' ? 'Thị' : 'Văn';
  person.name = { ...person.name, ten, dem: traditional || person.name.dem === ten ? plain : person.name.dem };
};

export function choosePersonaPeople(population: Population, newborns: readonly Newborn[]): PersonaPeople {
  const { anchor, citizens } = population;
  const taken = new Set<Citizen>(newborns.flatMap((b) => (b.father ? [b.mother, b.father] : [b.mother])));
  const age = (p: Citizen) => ageOn(p.birth, anchor);
  const find = (label: string, test: (p: Citizen) => boolean): Citizen => {
    const person = citizens.find((p) => !taken.has(p) && p.group === kinh && test(p));
    if (!person) throw new Error(`no one in the synthetic population fits the persona ${label}`);
    for (const p of [person, person.spouse]) if (p) taken.add(p);
    return person;
  };
  const first = newborns[0];
  if (!first?.father) throw new Error('the first newborn must have a father in the population');
  const people: PersonaPeople = {
    'chi-lan': first.mother,
    'anh-hung': first.father,
    'co-phuong': find('co-phuong', (p) => p.sex === 'nu' && age(p) >= 40 && age(p) <= 55 && p.spouse !== undefined),
    'chu-tam': find('chu-tam', (p) => p.sex === 'nam' && age(p) >= 52 && age(p) <= 64 && p.spouse !== undefined
      && p.household.head === p && p.household.ward.kind === 'xa' && p.household.members.length >= 3),
    'ba-xuan': find('ba-xuan', (p) => p.sex === 'nu' && age(p) >= 76 && p.marital === 'goa'),
    'anh-khoa': find('anh-khoa', (p) => p.sex === 'nam' && age(p) >= 21 && age(p) <= 26 && p.marital === 'docThan'
      && p.father !== undefined && p.mother !== undefined && p.livesElsewhere !== undefined),
    'kiem-thu-vien': find('kiem-thu-vien', (p) => age(p) >= 25 && age(p) <= 40 && p.marital === 'docThan' && p.household.head === p),
    'tac-gia-bieu-mau': find('tac-gia-bieu-mau', (p) => age(p) >= 32 && age(p) <= 50 && p.spouse !== undefined && p.household.ward.kind === 'phuong'),
  };
  rename(people['chi-lan'], 'Lan', true);
  rename(people['anh-hung'], 'Hùng');
  rename(people['co-phuong'], 'Phương');
  rename(people['chu-tam'], 'Tâm');
  rename(people['ba-xuan'], 'Xuân', true);
  rename(people['anh-khoa'], 'Khoa');
  return people;
}

/** Where a person actually lives: their own address elsewhere, else their household's province. */
const livingProvince = (p: Citizen): string => p.livesElsewhere?.tinh ?? p.household.province.code;
const shareAParent = (a: Citizen, b: Citizen): boolean =>
  [a.father, a.mother].some((parent) => parent !== undefined && (parent === b.father || parent === b.mother));

/**
 * anh-khoa's fiancée: a single woman of 20–26 who lives in the province he lives in now, from
 * another family (the marriage would otherwise be barred, Điều 5 Luật Hôn nhân và gia đình), and
 * no one else's persona. Chosen after every persona, so no other persona moves. She has no account:
 * she shares her population record with him from her own VNeID (see `sharing-consents.ts`).
 */
export function chooseFiancee(population: Population, people: PersonaPeople, newborns: readonly Newborn[]): Citizen {
  const khoa = people['anh-khoa'];
  const taken = new Set<Citizen>([
    ...Object.values(people),
    ...newborns.flatMap((b) => (b.father ? [b.mother, b.father] : [b.mother])),
  ]);
  const fits = (p: Citizen) => {
    const age = ageOn(p.birth, population.anchor);
    return !taken.has(p) && p.group === kinh && p.sex === 'nu' && p.marital === 'docThan' && age >= 20 && age <= 26
      && p.household !== khoa.household && !shareAParent(p, khoa);
  };
  const candidates = population.citizens.filter(fits);
  const near = candidates.find((p) => livingProvince(p) === livingProvince(khoa));
  const fiancee = near ?? candidates[0];
  if (!fiancee) throw new Error('no one in the synthetic population fits anh-khoa’s fiancée');
  return fiancee;
}
