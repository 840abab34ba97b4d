import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, locales, type Locale } from '@/schema/localized-text';
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

/**
 * The app's own texts per language. Vietnamese, the default, is in the entry; English loads the
 * first time it is chosen, so most citizens never download it (about 4 KB gzip).
 */
const commonTexts: Record<Locale, () => Promise<Record<string, unknown>>> = {
  vi: () => Promise.resolve(viCommon),
  en: async () => (await import('./locales/en/common')).enCommon,
};

/** Makes a language's texts available; call before switching to it. */
export async function loadLanguage(locale: Locale): Promise<void> {
  if (i18next.hasResourceBundle(locale, 'common')) return;
  i18next.addResourceBundle(locale, 'common', await commonTexts[locale](), true, true);
}

/** Loads the language's texts, then switches to it (react-i18next re-renders on the switch). */
export async function switchLanguage(locale: Locale): Promise<void> {
  rememberLanguage(locale);
  await loadLanguage(locale);
  await i18next.changeLanguage(locale);
}

/**
 * Initialises the shared i18next instance synchronously with the bundled resources: Vietnamese,
 * and the other layers' namespaces in both languages. A start in English needs `loadLanguage`
 * before the first render.
 */
export function initI18n(options: { resources: 'all'; language?: Locale }): I18n {
  const resources: Resource = {
    vi: { common: viCommon, ...extraResources.vi },
    en: { ...extraResources.en },
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
