/**
 * Dates as whole days since 1970-01-01 (UTC calendar), so the generators do arithmetic on
 * integers and never meet time zones or daylight saving. Records print them as ISO dates.
 */
export type Day = number;

const msPerDay = 86_400_000;
/** Việt Nam is UTC+7 all year: "today" is the registries' calendar day, on any machine. */
const vietnamOffsetMs = 7 * 3_600_000;

/** Days from civil date (proleptic Gregorian), integer arithmetic only (H. Hinnant's algorithm). */
export function dayOf(year: number, month: number, date: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The civil date of a day packed as one number, YYYYMMDD (no allocation: called thousands of times). */
export function civil(day: Day): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (month <= 2 ? 1 : 0)) * 10_000 + month * 100 + date;
}

/** The calendar day in Việt Nam at an instant. */
export const vietnamDay = (instant: Date): Day => Math.floor((instant.getTime() + vietnamOffsetMs) / msPerDay);

export function isoDate(day: Day): string {
  const ymd = String(civil(day));
  return `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6)}`;
}

export const yearOf = (day: Day): number => Math.floor(civil(day) / 10_000);

/** The same calendar date `years` later (29 February falls back to 28 February). */
export function addYears(day: Day, years: number): Day {
  const ymd = civil(day);
  const date = ymd % 100;
  const target = dayOf(Math.floor(ymd / 10_000) + years, Math.floor(ymd / 100) % 100, date);
  return civil(target) % 100 === date ? target : target - 1;
}

/** Completed years of age on `on`: YYYYMMDD numbers subtract to whole years (a classic trick). */
export const ageOn = (birth: Day, on: Day): number => Math.floor((civil(on) - civil(birth)) / 10_000);

/** Two-level local government took effect on 1 July 2025 (Nghị quyết 202/2025/QH15). */
export const twoLevelUnitsSince: Day = dayOf(2025, 7, 1);
/** GCNs on the post-2024 form (Thông tư 10/2024/TT-BTNMT, serial `AA` + 8 digits) since 1 August 2024. */
export const newCertificateFormSince: Day = dayOf(2024, 8, 1);
