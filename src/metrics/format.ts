/** m:ss for a duration in seconds. */
export const minutesSeconds = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

export const percent = (share: number): string => `${Math.round(share * 1000) / 10} %`;

/** dd/mm/yyyy → yyyy-mm-dd, or undefined when it is not a date written that way. */
export function parseDayMonthYear(text: string): string | undefined {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const [, d, m, y] = match;
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}
