import { useTranslation } from 'react-i18next';
import { switchLanguage } from '@/i18n/i18n';
import { locales, type Locale } from '@/schema/localized-text';

const names: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' };

/** Language choice in the header; remembered on this device. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  const choose = (locale: Locale) => void switchLanguage(locale);
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language')}>
      {locales.map((locale) => (
        <button key={locale} type="button" lang={locale} aria-pressed={current === locale} onClick={() => choose(locale)}>
          {names[locale]}
        </button>
      ))}
    </div>
  );
}
