import { checkCitizenId } from '../shared/citizen-id-number';

/**
 * Mã số thuế (domain-vn §1.3): 10 digits N1…N9 + check digit N10, or a dependent unit's 13 digits
 * (parent 10 + `-` + 001…999). Since 01/07/2025 an individual's tax code is the 12-digit số định
 * danh cá nhân (Thông tư 86/2024/TT-BTC Điều 5), which has no check digit.
 */
const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** Why a text is not a valid tax code, as message-key suffixes. */
export type TaxCodeProblem = 'format' | 'formatNo12' | 'checkDigit' | 'branchSuffix' | 'citizenId';

export interface TaxCodeOptions {
  /** Accept a 12-digit số định danh as an individual's tax code (default true). */
  allowIndividual12?: boolean;
  now?: Date;
}

/** Removes spaces typed between digit groups. */
const compact = (text: string): string => text.replace(/\s+/g, '');
const shape = /^(\d{10})(?:-?(\d{3}))?$/;

/** True when the 10-digit base passes the weighted mod-11 check and is assignable. */
function hasValidCheckDigit(base: string): boolean {
  if (base.slice(2, 9) === '0000000') return false;
  const sum = weights.reduce((total, weight, i) => total + weight * Number(base[i]), 0);
  const remainder = sum % 11;
  return remainder !== 0 && 10 - remainder === Number(base[9]);
}

export function checkTaxCode(text: string, options: TaxCodeOptions = {}): TaxCodeProblem | undefined {
  const { allowIndividual12 = true, now = new Date() } = options;
  const code = compact(text);
  if (/^\d{12}$/.test(code)) {
    if (!allowIndividual12) return 'formatNo12';
    return checkCitizenId(code, now) ? 'citizenId' : undefined;
  }
  const match = shape.exec(code);
  if (!match?.[1]) return allowIndividual12 ? 'format' : 'formatNo12';
  if (!hasValidCheckDigit(match[1])) return 'checkDigit';
  if (match[2] === '000') return 'branchSuffix';
  return undefined;
}

/** Pure predicate for other layers (mocks, generators) that only need yes or no. */
export const isValidTaxCode = (text: string, options: TaxCodeOptions = {}): boolean =>
  checkTaxCode(text, options) === undefined;

/** Canonical form: no spaces, a dependent unit written `0100233488-001`. Unknown shapes kept compact. */
export function normalizeTaxCode(text: string): string {
  const code = compact(text);
  if (/^\d{12}$/.test(code)) return code;
  const match = shape.exec(code);
  return match?.[1] ? (match[2] ? `${match[1]}-${match[2]}` : match[1]) : code;
}

/** Whether a text has the shape of a tax code at all (for coercing prefilled values). */
export const looksLikeTaxCode = (text: string): boolean => {
  const code = compact(text);
  return /^\d{12}$/.test(code) || shape.test(code);
};
