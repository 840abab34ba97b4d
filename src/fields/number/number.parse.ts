/** A number as a Vietnamese citizen writes it, read back. */
export interface ParsedNumber {
  value: number;
  /** Digits after the decimal mark, trailing zeros ignored ("1,50" has 1). */
  decimals: number;
}

/** Thousands grouped with dots or single spaces, the way vi-VN prints them: "1.234.567". */
const grouped = /^[1-9]\d{0,2}(?:(?:\.\d{3})+|(?: \d{3})+)$/;
const digits = /^\d+$/;

/**
 * Reads "1234", "1.234", "1 234", "1234,5", "1.234,5" (Vietnamese: comma is the decimal mark,
 * dot groups thousands). Without a comma, a single dot that does not group thousands is read as a
 * decimal point ("72.5"), the habit of calculators and English keyboards; "1.250" stays 1250 as
 * vi-VN prints it. Returns undefined for anything else.
 */
export function parseLocaleNumber(text: string): ParsedNumber | undefined {
  const trimmed = text.replace(/[\u00a0\u202f]/g, ' ').replace(/ +/g, ' ').trim();
  const sign = /^[-−]/.test(trimmed) ? '-' : '';
  const body = trimmed.slice(sign.length).trim();
  let integer = body;
  let fraction = '';
  const commas = body.split(',');
  if (commas.length > 2) return undefined;
  if (commas.length === 2) {
    integer = commas[0] ?? '';
    fraction = commas[1] ?? '';
    if (!digits.test(fraction)) return undefined;
  } else if (body.split('.').length === 2 && !grouped.test(body)) {
    [integer = '', fraction = ''] = body.split('.');
    if (!digits.test(fraction)) return undefined;
  }
  if (!digits.test(integer) && !grouped.test(integer)) return undefined;
  const plain = integer.replace(/[. ]/g, '');
  const value = Number(`${sign}${plain}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return undefined;
  return { value: value === 0 ? 0 : value, decimals: fraction.replace(/0+$/, '').length };
}
