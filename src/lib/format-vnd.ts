import type { Locale } from '@/schema/localized-text';

/** "1.500.000 ₫" in both languages: amounts in đồng are read the Vietnamese way. */
export const formatVnd = (amount: number, _locale: Locale): string =>
  new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amount);
