import type { Locale } from '@/schema/localized-text';

const vietnamese = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
const english = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'VND', currencyDisplay: 'code', maximumFractionDigits: 0 });

/**
 * An amount in đồng for the reader's language: "1.500.000 ₫" in Vietnamese, "VND 1,500,000" in
 * English (the code, because "₫" means little to a foreign reader), as the money field shows it.
 */
export const formatVnd = (amount: number, locale: Locale): string => (locale === 'en' ? english : vietnamese).format(amount);
