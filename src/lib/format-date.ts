import type { Locale } from '@/schema/localized-text';
import { dateTimeFormat } from './intl-formats';

/**
 * Dates and times as Vietnamese citizens and officials read them: dd/mm/yyyy (and HH:mm), in
 * Vietnam's time zone whatever the device says, in both languages. Stored values stay ISO.
 */
const intlLocale = (locale: Locale): string => (locale === 'en' ? 'en-GB' : 'vi-VN');

const formatter = (locale: Locale, withTime: boolean): Intl.DateTimeFormat =>
  dateTimeFormat(intlLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    timeZone: 'Asia/Ho_Chi_Minh',
  });

/** `2026-11-22T09:05:00+07:00` → `22/11/2026`. */
export const formatDate = (iso: string, locale: Locale): string => formatter(locale, false).format(new Date(iso));

/** `2026-11-22T09:05:00+07:00` → `22/11/2026 09:05` (Vietnamese puts the time first: `09:05 22/11/2026`). */
export const formatDateTime = (iso: string, locale: Locale): string => formatter(locale, true).format(new Date(iso));

/** The time of day alone, with seconds: `09:05:07`. */
export const formatTime = (iso: string, locale: Locale): string =>
  dateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso));
