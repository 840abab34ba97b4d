/**
 * Intl formatters, made once per locale and options. Making one is slow — the engine loads the
 * locale's data for it — and a banner that made a list formatter on every render cost 120 ms of a
 * signed-in form page's load with the CPU slowed 4×. Formatting with a made one is cheap.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function remembered<T>(cache: Map<string, T>, locale: string, options: object, make: () => T): T {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  remembered(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));

export const listFormat = (locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat =>
  remembered(listFormats, locale, options, () => new Intl.ListFormat(locale, options));

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat =>
  remembered(dateTimeFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
