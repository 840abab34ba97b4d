import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, locales, type Locale } from '@/schema/localized-text';
import { enCommon } from './locales/en/common';
import { viCommon } from './locales/vi/common';

const storageKey = 'bmdt.language';

/** Namespaces contributed by other layers (the field registry's `fields`), merged at start-up. */
type ExtraResources = Partial<Record<Locale, Record<string, Record<string, unknown>>>>;

const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

/** The language the citizen chose last time on this device, or Vietnamese. */
export function storedLanguage(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export function rememberLanguage(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(storageKey, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

let extraResources: ExtraResources = {};

/** Lets the composition root add namespaces (e.g. field messages) without i18n importing them. */
export const provideResources = (extra: ExtraResources): void => {
  extraResources = extra;
};

/** Initialises the shared i18next instance synchronously with bundled resources. */
export function initI18n(options: { resources: 'all'; language?: Locale }): I18n {
  const resources: Resource = {
    vi: { common: viCommon, ...extraResources.vi },
    en: { common: enCommon, ...extraResources.en },
  };
  const lng = options.language ?? storedLanguage();
  if (i18next.isInitialized) {
    for (const locale of locales) {
      for (const [ns, bundle] of Object.entries(resources[locale] ?? {})) {
        i18next.addResourceBundle(locale, ns, bundle, true, true);
      }
    }
    void i18next.changeLanguage(lng);
    return i18next;
  }
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    ns: ['common', 'fields'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return i18next;
}
