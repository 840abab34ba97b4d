/** How typed text reads as a date. */
export type DateReading =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  | { kind: 'notReal' }
  | { kind: 'invalidFormat' };

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Day/month/year with /, ., - or a space between; ISO; or 8 digits ddmmyyyy (numeric keypads have no "/"). */
const shapes: readonly [RegExp, (m: RegExpExecArray) => [string, string, string]][] = [
  [/^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/, (m) => [m[3] ?? '', m[2] ?? '', m[1] ?? '']],
  [/^(\d{1,2}) (\d{1,2}) (\d{4})$/, (m) => [m[3] ?? '', m[2] ?? '', m[1] ?? '']],
  [/^(\d{2})(\d{2})(\d{4})$/, (m) => [m[3] ?? '', m[2] ?? '', m[1] ?? '']],
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => [m[1] ?? '', m[2] ?? '', m[3] ?? '']],
];

/** Reads what a citizen typed: "27/03/2019", "27.3.2019", "27032019" or "2019-03-27". */
export function readDate(text: string): DateReading {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return { kind: 'empty' };
  for (const [shape, parts] of shapes) {
    const match = shape.exec(trimmed);
    if (!match) continue;
    const [year, month, day] = parts(match).map(Number) as [number, number, number];
    if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { kind: 'notReal' };
    return { kind: 'date', iso: `${year}-${pad(month)}-${pad(day)}` };
  }
  return { kind: 'invalidFormat' };
}

/** The answer for typed text: ISO when it is a real date, otherwise the text itself (nothing is lost). */
export const dateAnswerFromText = (text: string): string => {
  const reading = readDate(text);
  return reading.kind === 'date' ? reading.iso : text;
};

/** dd/mm/yyyy for an ISO answer; any other answer is shown as it was typed. */
export function displayDate(answer: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(answer);
  return iso ? `${iso[3] ?? ''}/${iso[2] ?? ''}/${iso[1] ?? ''}` : answer;
}

/** Completed years of age on `onIso` for someone born on `birthIso` (a 29/02 birthday counts from 01/03). */
export function ageOn(birthIso: string, onIso: string): number {
  const years = Number(onIso.slice(0, 4)) - Number(birthIso.slice(0, 4));
  return onIso.slice(5) < birthIso.slice(5) ? years - 1 : years;
}
