import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, locales, type Locale } from '@/schema/localized-text';
import { languageStorageKey } from './language-key';
import { viCommon } from './locales/vi/common';

const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

/** The language the citizen chose last time on this device, or Vietnamese. */
export function storedLanguage(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(languageStorageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export function rememberLanguage(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(languageStorageKey, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/**
 * The app's own texts per language. Vietnamese, the default, is in the entry; English loads the
 * first time it is chosen, so most citizens never download it (about 4 KB gzip).
 */
const commonTexts: Record<Locale, () => Promise<Record<string, unknown>>> = {
  vi: () => Promise.resolve(viCommon),
  en: async () => (await import('./locales/en/common')).enCommon,
};

/**
 * Texts of the pages outside the form journey, merged into `common` (same keys) when those pages'
 * code loads: the first form page carries neither the catalogue's texts nor the receipt's.
 */
const areaTexts = {
  catalogue: {
    vi: async () => (await import('./locales/vi/catalogue')).viCatalogue,
    en: async () => (await import('./locales/en/catalogue')).enCatalogue,
  },
  dossiers: {
    vi: async () => (await import('./locales/vi/dossiers')).viDossiers,
    en: async () => (await import('./locales/en/dossiers')).enDossiers,
  },
} satisfies Record<string, Record<Locale, () => Promise<Record<string, unknown>>>>;

export type TextArea = keyof typeof areaTexts;
export const textAreas = Object.keys(areaTexts) as TextArea[];

/** Vietnamese is in the entry and given to i18next at start-up. */
const commonLoaded = new Set<Locale>(['vi']);

/** Areas some loaded page uses: a language switch loads them in the new language too. */
const areasInUse = new Set<TextArea>();
const areasLoaded = new Set<`${Locale}:${TextArea}`>();

async function addArea(locale: Locale, area: TextArea): Promise<void> {
  if (areasLoaded.has(`${locale}:${area}`)) return;
  const texts = await areaTexts[area][locale]();
  i18next.addResourceBundle(locale, 'common', texts, true, false);
  areasLoaded.add(`${locale}:${area}`);
}

const currentLocale = (): Locale => (isLocale(i18next.language) ? i18next.language : defaultLocale);

/** Loads the texts of `areas` in the current language; a page's loader awaits it with its code. */
export async function loadTexts(...areas: TextArea[]): Promise<void> {
  for (const area of areas) areasInUse.add(area);
  await Promise.all(areas.map((area) => addArea(currentLocale(), area)));
}

/**
 * The shell's texts in `locale` (header, loading state, the form journey): what the first render
 * needs. The app starts with this, not `loadLanguage`: the page's own texts come with the page's
 * code, and waiting for them here would keep the header off the screen until the page arrives.
 */
export async function loadShellTexts(locale: Locale): Promise<void> {
  if (!commonLoaded.has(locale)) {
    i18next.addResourceBundle(locale, 'common', await commonTexts[locale](), true, false);
    commonLoaded.add(locale);
  }
  // Started in a language whose texts were not there yet (English chosen last time): i18next
  // resolved to Vietnamese then, and says so until told again.
  if (i18next.language === locale && i18next.resolvedLanguage !== locale) await i18next.changeLanguage(locale);
}

/** Loaders of other layers' namespaces in use (the field types'), run for every language loaded. */
const namespaceLoaders = new Set<(locale: Locale) => Promise<void>>();

/**
 * Joins a namespace to language switches: `load` runs now for the current language and then for
 * every language loaded. For namespaces whose English loads only when chosen (`fields`).
 */
export async function loadNamespaceInEveryLanguage(load: (locale: Locale) => Promise<void>): Promise<void> {
  namespaceLoaders.add(load);
  await load(currentLocale());
}

/** Makes a language's texts available, the shell's and those of every page loaded; call before switching to it. */
export async function loadLanguage(locale: Locale): Promise<void> {
  // Areas merge into `common` key by key, so the order they arrive in does not matter.
  await Promise.all([
    ...[...areasInUse].map((area) => addArea(locale, area)),
    ...[...namespaceLoaders].map((load) => load(locale)),
    loadShellTexts(locale),
  ]);
}

/** Loads the language's texts, then switches to it (react-i18next re-renders on the switch). */
export async function switchLanguage(locale: Locale): Promise<void> {
  rememberLanguage(locale);
  await loadLanguage(locale);
  await i18next.changeLanguage(locale);
}

/**
 * Initialises the shared i18next instance synchronously with the app's Vietnamese texts. A start
 * in English needs `loadLanguage` before the first render. Other layers' namespaces (the field
 * types' `fields`, the builder's) are registered by the code that brings them (`registerNamespace`).
 */
export function initI18n(language?: Locale): I18n {
  const resources: Resource = {
    // A copy: the pages' text areas merge into the bundle i18next holds, which must not be the module's own object.
    vi: { common: { ...viCommon } },
    en: {},
  };
  const lng = language ?? storedLanguage();
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
    // i18next's defaults, stated: an unstated separator makes every t() test the key with a
    // regular expression for natural-language keys (we have none): 12 ms on a 1000-error submit.
    keySeparator: '.',
    nsSeparator: ':',
    initAsync: false,
    returnNull: false,
  });
  return i18next;
}
