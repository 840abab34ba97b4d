import { addYears, ageOn, type Day, dayOf, yearOf } from './calendar';
import { type EthnicGroup, kinh, pickEthnicGroup, pickSurname } from './ethnic-groups';
import {
  type FamilyContext, makeHousehold, makePerson, marry, pickHomeProvince, spouseGroup, temporaryAddress,
} from './family-members';
import type { Citizen, Household, Population } from './model';
import { pickProvince, type Province, provinceByCode } from './places';
import { createRng } from './random';

/**
 * Families, drawn as clans: a root couple (or a lone parent, or a young single), their children
 * born when the mother was 19–43, and the grown-up children who married — into a household of
 * their own, often in a city, or, for a son of ageing parents, into his parents' household (three
 * generations under one head). Everyone is born before the anchor (1 January of the year).
 */
const yearsAgo = (ctx: FamilyContext, years: number): Day => addYears(ctx.anchor, -years) - ctx.rng.int(0, 364);

function moveTo(person: Citizen, household: Household): void {
  const old = person.household.members;
  old.splice(old.indexOf(person), 1);
  person.household = household;
  household.members.push(person);
}

function childCount(ctx: FamilyContext, motherYear: number, group: EthnicGroup): number {
  const { rng } = ctx;
  if (rng.chance(0.06)) return 0;
  const extra = group === kinh ? 0 : rng.int(0, 1);
  if (motherYear < 1960) return rng.int(3, 5) + extra;
  if (motherYear < 1975) return rng.int(2, 4) + extra;
  return rng.weighted([[1, 3], [2, 5], [3, 1]] as const) + extra;
}

interface FamilySpec {
  household: Household;
  group: EthnicGroup;
  wifeBirth: Day;
  husband?: Citizen;
  wife?: Citizen;
  /** Their children are not in the database (grown up and registered elsewhere, or abroad). */
  childless?: boolean;
  /** A partner not in the database: widowed or divorced. */
  absent?: { who: 'husband' | 'wife'; status: 'goa' | 'lyHon' };
}

function foundFamily(ctx: FamilyContext, spec: FamilySpec): void {
  const { rng, anchor } = ctx;
  const { household, group, wifeBirth } = spec;
  const motherYear = yearOf(wifeBirth);
  const drawn = addYears(wifeBirth, rng.around(motherYear < 1970 ? 22 : 26, 4, 19, 35)) + rng.int(0, 300);
  const gap = rng.around(3, 3, -2, 10);
  const husbandBirth = spec.husband?.birth ?? Math.min(addYears(wifeBirth, -gap) + rng.int(-150, 150), addYears(drawn, -21));
  const firstChild = Math.max(drawn, addYears(husbandBirth, 21));
  const wifeGroup = spec.husband ? spouseGroup(rng, group) : group;
  const husbandGroup = spec.wife ? spouseGroup(rng, group) : group;
  const husband = spec.husband ?? (spec.absent?.who === 'husband' ? undefined
    : makePerson(ctx, { sex: 'nam', birth: husbandBirth, group: husbandGroup, household }));
  const wife = spec.wife ?? (spec.absent?.who === 'wife' ? undefined
    : makePerson(ctx, { sex: 'nu', birth: wifeBirth, group: wifeGroup, household, religion: husband?.religion }));
  const present = husband ?? wife;
  if (!present) return;
  /** Children of a father who is not in the database still carry his family name. */
  const absentFatherName = husband || group.matrilineal ? undefined : pickSurname(rng, group, household.province.region);
  if (spec.absent) present.marital = spec.absent.status;
  household.head ??= wife && (!husband || rng.chance(0.12)) ? wife : present;

  const count = spec.childless ? 0 : childCount(ctx, motherYear, group);
  const children: Citizen[] = [];
  let birth = firstChild;
  for (let i = 0; i < count && birth < anchor - 60 && ageOn(wifeBirth, birth) <= 43; i += 1) {
    children.push(makePerson(ctx, {
      sex: rng.chance(0.51) ? 'nam' : 'nu', birth, group: group.matrilineal ? (wife?.group ?? group) : (husband?.group ?? group),
      household, father: husband, mother: wife, bornHere: true, religion: present.religion, ho: absentFatherName,
    }));
    birth += rng.around(1200, 700, 480, 3200);
  }
  if (husband && wife) {
    const legal = Math.max(addYears(wife.birth, 18), addYears(husband.birth, 20));
    const latest = children[0] ? children[0].birth - 120 : anchor - 60;
    const registered = children[0] ? latest - rng.int(0, 900) : rng.int(legal, Math.max(legal, latest));
    marry(husband, wife, Math.max(legal, Math.min(registered, latest)));
  }
  for (const child of children) growUp(ctx, child);
}

/** What a grown child does by now: marries and founds a family, stays single at home, or moves out. */
function growUp(ctx: FamilyContext, child: Citizen): void {
  const { rng, anchor } = ctx;
  const age = ageOn(child.birth, anchor);
  if (age < 18) return;
  if (age < 24) {
    if (rng.chance(0.35)) child.livesElsewhere = temporaryAddress(ctx);
    return;
  }
  if (rng.chance(Math.min(0.92, 0.45 + 0.05 * (age - 24)))) {
    marryOff(ctx, child);
    return;
  }
  if (age > 30 && rng.chance(0.2)) child.marital = 'lyHon';
  if (rng.chance(0.55)) {
    if (age < 30 && rng.chance(0.4)) child.livesElsewhere = temporaryAddress(ctx);
    return;
  }
  const home = makeHousehold(ctx, rng.chance(0.5) ? child.household.province : migrationTarget(ctx));
  moveTo(child, home);
  home.head = child;
}

function migrationTarget(ctx: FamilyContext): Province {
  const { rng } = ctx;
  return rng.chance(0.6) ? provinceByCode(rng.weighted([['79', 5], ['01', 4], ['75', 2], ['48', 1], ['31', 1]])) : pickProvince(rng);
}

function marryOff(ctx: FamilyContext, child: Citizen): void {
  const { rng } = ctx;
  const parents = [child.father, child.mother].filter((p): p is Citizen => p !== undefined);
  const home = child.household;
  const ageingParents = parents.some((p) => ageOn(p.birth, ctx.anchor) >= 58);
  const coResident = home.members.some((m) => m.spouse && [m.father, m.mother].some((p) => p && parents.includes(p)));
  const stays = child.sex === 'nam' && ageingParents && !coResident && rng.chance(0.4);
  const household = stays ? home : makeHousehold(ctx, rng.chance(0.65) ? home.province : migrationTarget(ctx));
  if (!stays) moveTo(child, household);
  if (stays && home.head && ageOn(home.head.birth, ctx.anchor) >= 75) home.head = child;
  const wifeBirth = child.sex === 'nu' ? child.birth : child.birth + rng.around(3, 3, -2, 9) * 365;
  foundFamily(ctx, {
    household, group: child.group, wifeBirth,
    ...(child.sex === 'nam' ? { husband: child } : { wife: child }),
  });
}

function rootFamily(ctx: FamilyContext): void {
  const { rng } = ctx;
  const group = pickEthnicGroup(rng);
  const household = makeHousehold(ctx, pickHomeProvince(ctx, group));
  const kind = rng.weighted([['couple', 76], ['single', 10], ['loneParent', 8], ['elders', 6]] as const);
  if (kind === 'single') {
    const birth = yearsAgo(ctx, rng.int(20, 34));
    household.head = makePerson(ctx, { sex: rng.chance(0.55) ? 'nam' : 'nu', birth, group, household });
    return;
  }
  const wifeAge = rng.weighted([[rng.int(22, 30), 14], [rng.int(30, 45), 34], [rng.int(45, 60), 26], [rng.int(60, 86), 26]]);
  if (kind === 'elders') {
    const widowed = rng.chance(0.35) ? { absent: { who: 'husband' as const, status: 'goa' as const } } : {};
    foundFamily(ctx, { household, group, wifeBirth: yearsAgo(ctx, rng.int(62, 88)), childless: true, ...widowed });
    return;
  }
  const wifeBirth = yearsAgo(ctx, kind === 'loneParent' ? rng.int(28, 55) : wifeAge);
  const widowed = wifeAge >= 62 && rng.chance(0.4);
  const absent = kind === 'loneParent'
    ? { who: rng.chance(0.85) ? 'husband' as const : 'wife' as const, status: rng.chance(0.7) ? 'lyHon' as const : 'goa' as const }
    : widowed ? { who: rng.chance(0.8) ? 'husband' as const : 'wife' as const, status: 'goa' as const } : undefined;
  foundFamily(ctx, { household, group, wifeBirth, ...(absent ? { absent } : {}) });
}

/** The families of the synthetic population, for the year starting at `anchor`. */
export function generateFamilies(anchor: Day, minimum = 2300): Population {
  const ctx: FamilyContext = { rng: createRng('families'), anchor, citizens: [], households: [] };
  while (ctx.citizens.length < minimum) rootFamily(ctx);
  const households = ctx.households.filter((h) => h.members.length > 0);
  for (const household of households) household.head ??= household.members[0];
  return { anchor, citizens: ctx.citizens, households };
}

export const anchorOf = (today: Day): Day => dayOf(yearOf(today), 1, 1);
