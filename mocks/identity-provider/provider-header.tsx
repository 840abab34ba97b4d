import { useTranslation } from 'react-i18next';
import { switchLanguage } from '@/i18n/i18n';
import { locales, type Locale } from '@/schema/localized-text';
import { mockIdpNamespace } from './messages';

const languageNames: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' };

/** The provider's own banner — red, with its name and a language choice — never the portal's. */
export function ProviderHeader() {
  const { t, i18n } = useTranslation(mockIdpNamespace);
  const choose = (locale: Locale) => void switchLanguage(locale);
  return (
    <header className="vneid-header">
      <div className="vneid-header__inner">
        <p className="vneid-brand">
          <span className="vneid-brand__mark" aria-hidden="true">
            ID
          </span>
          <span>
            <span className="vneid-brand__name">{t('header.title')}</span>
            <span className="vneid-brand__tagline">{t('header.tagline')}</span>
          </span>
        </p>
        <div className="vneid-lang" role="group" aria-label={t('language')}>
          {locales.map((locale) => (
            <button
              key={locale}
              type="button"
              lang={locale}
              aria-pressed={i18n.resolvedLanguage === locale}
              onClick={() => choose(locale)}
            >
              {languageNames[locale]}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
