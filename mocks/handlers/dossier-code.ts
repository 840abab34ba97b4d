/**
 * Dossier codes as the one-stop systems issue them (domain research §1.9):
 * `<agency code>-<yyMMdd>-<daily sequence, 4 digits>`, e.g. `000.00.31.H56-261122-0001`.
 * Dates are Vietnam's (UTC+7, no daylight saving): a dossier filed at 23:30 UTC is tomorrow's.
 */
const vietnamOffsetMs = 7 * 60 * 60 * 1000;

const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

const inVietnam = (date: Date): Date => new Date(date.getTime() + vietnamOffsetMs);

/** `yyMMdd` of the Vietnamese calendar day. */
export function vietnamDateStamp(date: Date): string {
  const local = inVietnam(date);
  return `${pad(local.getUTCFullYear() % 100)}${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}`;
}

/** ISO 8601 in Vietnam time, as Vietnamese systems report it: `2026-11-22T09:15:00.000+07:00`. */
export function vietnamIsoString(date: Date): string {
  return inVietnam(date).toISOString().replace('Z', '+07:00');
}

export const formatDossierCode = (agencyCode: string, dateStamp: string, sequence: number): string =>
  `${agencyCode}-${dateStamp}-${pad(sequence, 4)}`;
