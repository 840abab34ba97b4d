import { addYears, ageOn, dayOf, isoDate, vietnamDay, yearOf } from './calendar';
import { asciiSlug } from './names';

describe('synthetic calendar', () => {
  it('agrees with Date on every day from 1900 to 2100', () => {
    const mismatches: string[] = [];
    for (let day = dayOf(1900, 1, 1); day <= dayOf(2100, 12, 31); day += 1) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (isoDate(day) !== expected) mismatches.push(expected);
    }
    expect(mismatches).toEqual([]);
  });

  it('counts completed years and moves 29 February to 28 February', () => {
    const birth = dayOf(2000, 2, 29);
    expect(ageOn(birth, dayOf(2026, 2, 27))).toBe(25);
    expect(ageOn(birth, dayOf(2026, 2, 28))).toBe(25);
    expect(ageOn(birth, dayOf(2026, 3, 1))).toBe(26);
    expect(isoDate(addYears(birth, 1))).toBe('2001-02-28');
    expect(yearOf(birth)).toBe(2000);
  });

  it('takes today from the Việt Nam calendar, whatever the machine’s time zone', () => {
    expect(isoDate(vietnamDay(new Date('2026-11-21T17:30:00Z')))).toBe('2026-11-22');
    expect(isoDate(vietnamDay(new Date('2026-11-21T16:30:00Z')))).toBe('2026-11-21');
  });

  it('spells names in ASCII for e-mail addresses', () => {
    expect(asciiSlug('Nguyễn Thị Lan')).toBe('nguyenthilan');
    expect(asciiSlug("H'Hen Êban Đặng")).toBe('hhenebandang');
  });
});
