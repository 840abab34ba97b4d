import { numberFormat } from '@/lib/intl-formats';
import type { Locale } from '@/schema/localized-text';

/** A currency word citizens add out of habit: "1.500.000đ", "1 500 000 VND", "200.000 đồng". */
const currencyWord = /\s*(?:₫|đ|đồng|dong|vnd|vnđ)\s*$/iu;
/** Thousands grouped consistently with dots, commas or single spaces. */
const grouped = /^[1-9]\d{0,2}(?:(?:\.\d{3})+|(?:,\d{3})+|(?: \d{3})+)$/;
/** 15 digits keeps every amount exact in a JavaScript number (below 2^53). */
const maxDigits = 15;

/**
 * Reads an amount of đồng typed as "1500000", "1.500.000", "1 500 000" or "1,500,000".
 * Đồng has no subunit, so decimal parts are not amounts. Returns undefined for anything else.
 */
export function parseMoney(text: string): number | undefined {
  const body = text.replace(/[\u00a0\u202f]/g, ' ').trim().replace(currencyWord, '').replace(/ +/g, ' ');
  if (!/^\d+$/.test(body) && !grouped.test(body)) return undefined;
  const digits = body.replace(/[., ]/g, '');
  if (digits.length > maxDigits) return undefined;
  return Number(digits);
}

/** Grouping digits the way the language reads them: "1.500.000" (vi) or "1,500,000" (en). */
export const groupMoney = (amount: number, locale: Locale): string =>
  numberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 0 }).format(amount);

/**
 * For people: "1.500.000 ₫" in Vietnamese; "VND 1,500,000" in English, because the ₫ sign is
 * unfamiliar to many foreign readers while the ISO code is what English-language official
 * documents and bank forms in Viet Nam use.
 */
export const formatMoney = (amount: number, locale: Locale): string =>
  locale === 'vi'
    ? numberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(amount)
    : numberFormat('en-US', { style: 'currency', currency: 'VND', currencyDisplay: 'code' }).format(amount);
