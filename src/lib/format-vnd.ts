import type { Locale } from '@/schema/localized-text';
import { numberFormat } from './intl-formats';

/**
 * An amount in đồng for the reader's language: "1.500.000 ₫" in Vietnamese, "VND 1,500,000" in
 * English (the code, because "₫" means little to a foreign reader), as the money field shows it.
 */
export const formatVnd = (amount: number, locale: Locale): string =>
  (locale === 'en'
    ? numberFormat('en-US', { style: 'currency', currency: 'VND', currencyDisplay: 'code', maximumFractionDigits: 0 })
    : numberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 })
  ).format(amount);
