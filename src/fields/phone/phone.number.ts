/**
 * Vietnamese phone numbers (domain-vn §1.4). Mobile: 10 digits, 0 + a carrier prefix + 7 digits,
 * written +84 without the 0 from abroad. Landline: 11 digits starting 02 (province area code).
 */
const mobile = /^0(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d{7}$/;
const landline = /^02\d{9}$/;
/** Separators people type while grouping digits: spaces, dots, dashes, brackets. */
const separators = /[\s.\-()\u00a0]/g;

/** Digits only, in national form (0…): "+84 912.345.678" → "0912345678"; undefined if not digits. */
export function toNationalNumber(text: string): string | undefined {
  const compact = text.replace(separators, '');
  const international = /^(?:\+|00)?84(?:0)?(\d{9,10})$/.exec(compact);
  const national = international ? `0${international[1] ?? ''}` : compact;
  return /^\d+$/.test(national) ? national : undefined;
}

export type PhoneProblem = 'notDigits' | 'length' | 'prefix' | 'landline';

/** What is wrong with a typed number, or undefined when it is a valid number of an allowed kind. */
export function phoneProblem(text: string, allowLandline: boolean): PhoneProblem | undefined {
  const national = toNationalNumber(text);
  if (national === undefined) return 'notDigits';
  if (landline.test(national)) return allowLandline ? undefined : 'landline';
  if (allowLandline && national.startsWith('02')) return 'length';
  if (national.length !== 10) return 'length';
  return mobile.test(national) ? undefined : 'prefix';
}

/** "0912 345 678" (mobile), "024 3825 6789" / "0236 382 1234" (landline); else as typed. */
export function formatPhone(text: string): string {
  const national = toNationalNumber(text);
  if (national !== undefined && mobile.test(national)) {
    return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  }
  if (national !== undefined && landline.test(national)) {
    return /^02[48]/.test(national)
      ? `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`
      : `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  }
  return text.trim();
}
