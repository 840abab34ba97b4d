import { citizenIdCountryCodeRange, citizenIdProvinceCodes } from './citizen-id.codes';

/**
 * The 12-digit số định danh cá nhân (CCCD / thẻ Căn cước): `PPP G YY RRRRRR`. It has NO check
 * digit (domain-vn §1.1): place code, century + sex digit, two digits of the birth year, then six
 * random digits. This module is shared because a 12-digit number is also a personal tax code
 * (Thông tư 86/2024/TT-BTC), and type folders must not import each other.
 */
export interface CitizenIdInfo {
  /** PPP as written: an old (63-province) code or a country code. */
  provinceCode: string;
  /** Name of the old province, when PPP is one of the 63 codes. */
  provinceName?: string;
  /** Country code (100–295) when the birth was registered abroad. */
  countryCode?: number;
  /** First year of the birth century: 1900, 2000, … 2300. */
  century: number;
  sex: 'male' | 'female';
  birthYear: number;
}

/** Removes the spaces people type to group digits ("001 203 004 567"). */
export const compactCitizenId = (text: string): string => text.replace(/\s+/g, '');

/** Decodes a 12-digit number; `undefined` when it is not exactly 12 digits. Never validates. */
export function decodeCitizenId(id: string): CitizenIdInfo | undefined {
  if (!/^\d{12}$/.test(id)) return undefined;
  const provinceCode = id.slice(0, 3);
  const g = Number(id[3]);
  const century = (19 + Math.floor(g / 2)) * 100;
  const info: CitizenIdInfo = {
    provinceCode,
    century,
    sex: g % 2 === 0 ? 'male' : 'female',
    birthYear: century + Number(id.slice(4, 6)),
  };
  const provinceName = citizenIdProvinceCodes[provinceCode];
  const place = Number(provinceCode);
  if (provinceName) info.provinceName = provinceName;
  else if (place >= citizenIdCountryCodeRange.min && place <= citizenIdCountryCodeRange.max) info.countryCode = place;
  return info;
}

/** Why a number is not a well-formed số định danh, as message-key suffixes. */
export type CitizenIdProblem = 'notDigits' | 'length' | 'place' | 'futureBirthYear';

/**
 * Everything that can be checked offline: 12 digits, a known place code, a birth year not in the
 * future. `now` is injectable so tests do not depend on the calendar.
 */
export function checkCitizenId(id: string, now: Date = new Date()): CitizenIdProblem | undefined {
  if (!/^\d*$/.test(id)) return 'notDigits';
  const info = decodeCitizenId(id);
  if (!info) return 'length';
  if (!info.provinceName && info.countryCode === undefined) return 'place';
  if (info.birthYear > now.getFullYear()) return 'futureBirthYear';
  return undefined;
}
