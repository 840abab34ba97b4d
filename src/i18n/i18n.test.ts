import i18next from 'i18next';
import { enCatalogue } from './locales/en/catalogue';
import { viCatalogue } from './locales/vi/catalogue';
import { viCommon } from './locales/vi/common';

/**
 * The i18n module and i18next's texts as on a first visit: the test setup loaded everything, so
 * the module is imported afresh and i18next's `common` texts are dropped before it starts again.
 */
async function firstVisit() {
  vi.resetModules();
  dropTexts();
  const module = await import('./i18n');
  return { ...module, i18n: module.initI18n('vi') };
}

const locales = ['vi', 'en'] as const;
const namespaces = ['common', 'fields'] as const;
/** The field types' texts the test setup registered, to put back after each test. */
const fieldTexts = Object.fromEntries(locales.map((locale) => [locale, i18next.getResourceBundle(locale, 'fields') as object]));

/** No texts at all, as before the app starts. */
const dropTexts = () => locales.forEach((locale) => namespaces.forEach((ns) => i18next.removeResourceBundle(locale, ns)));

afterEach(async () => {
  vi.doUnmock('./locales/en/catalogue');
  localStorage.clear();
  for (const locale of locales) i18next.addResourceBundle(locale, 'fields', fieldTexts[locale], true, true);
  // Back to what every test expects: Vietnamese, with every text loaded.
  const { initI18n, loadLanguage, loadTexts, textAreas } = await import('./i18n');
  initI18n('vi');
  await loadTexts(...textAreas);
  await loadLanguage('en');
});

describe('UI texts', () => {
  it('gives a page its area texts when its code loads, and again in English on a switch', async () => {
    const { i18n, loadTexts, switchLanguage } = await firstVisit();
    expect(i18n.t('app.name')).toBe(viCommon.app.name);
    expect(i18n.exists('catalogue.title')).toBe(false);

    await loadTexts('catalogue');
    expect(i18n.t('catalogue.title')).toBe(viCatalogue.catalogue.title);
    expect(i18n.exists('receipt.title')).toBe(false);

    await switchLanguage('en');
    expect(i18n.t('catalogue.title')).toBe(enCatalogue.catalogue.title);
    expect(i18n.t('app.name')).toBe('E-forms');
    expect(localStorage.getItem('bmdt.language')).toBe('en');
  });

  it('starts in English for a citizen who chose it last time, once its texts are loaded', async () => {
    localStorage.setItem('bmdt.language', 'en');
    vi.resetModules();
    dropTexts();
    const { initI18n, loadLanguage } = await import('./i18n');
    const i18n = initI18n();

    await loadLanguage('en');

    expect(i18n.resolvedLanguage).toBe('en');
    expect(i18n.t('app.name')).toBe('E-forms');
  });

  it('has the shell\'s texts ready for the first render while the page\'s texts are still on their way', async () => {
    localStorage.setItem('bmdt.language', 'en');
    vi.resetModules();
    dropTexts();
    // The catalogue's English texts never arrive (a slow network): the shell must not wait for them.
    vi.doMock('./locales/en/catalogue', () => new Promise(() => undefined));
    const { initI18n, loadShellTexts, loadTexts } = await import('./i18n');
    const i18n = initI18n();
    void loadTexts('catalogue');

    await loadShellTexts('en');

    expect(i18n.resolvedLanguage).toBe('en');
    expect(i18n.t('app.name')).toBe('E-forms');
    expect(i18n.exists('catalogue.title')).toBe(false);
  });

  it('loads a page opened in English in English', async () => {
    const { i18n, loadTexts, switchLanguage } = await firstVisit();
    await switchLanguage('en');

    await loadTexts('catalogue');

    expect(i18n.t('catalogue.title')).toBe(enCatalogue.catalogue.title);
  });
});
