import type { Locale } from '@/schema/localized-text';

/**
 * Dates and times as Vietnamese citizens and officials read them: dd/mm/yyyy (and HH:mm), in
 * Vietnam's time zone whatever the device says, in both languages. Stored values stay ISO.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withTime}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    formatters.set(key, found);
  }
  return found;
}

/** `2026-11-22T09:05:00+07:00` → `22/11/2026`. */
export const formatDate = (iso: string, locale: Locale): string => formatter(locale, false).format(new Date(iso));

/** `2026-11-22T09:05:00+07:00` → `22/11/2026 09:05` (Vietnamese puts the time first: `09:05 22/11/2026`). */
export const formatDateTime = (iso: string, locale: Locale): string => formatter(locale, true).format(new Date(iso));

/** The time of day alone, with seconds: `09:05:07`. */
const timeFormatters = new Map<Locale, Intl.DateTimeFormat>();
export function formatTime(iso: string, locale: Locale): string {
  let found = timeFormatters.get(locale);
  if (!found) {
    found = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh' });
    timeFormatters.set(locale, found);
  }
  return found.format(new Date(iso));
}
