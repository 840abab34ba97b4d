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
  for (const locale of ['vi', 'en']) i18next.removeResourceBundle(locale, 'common');
  const module = await import('./i18n');
  return { ...module, i18n: module.initI18n('vi') };
}

afterEach(async () => {
  localStorage.clear();
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

  it('loads a page opened in English in English', async () => {
    const { i18n, loadTexts, switchLanguage } = await firstVisit();
    await switchLanguage('en');

    await loadTexts('catalogue');

    expect(i18n.t('catalogue.title')).toBe(enCatalogue.catalogue.title);
  });
});
