import { useTranslation } from 'react-i18next';
import type { Locale } from '@/schema/localized-text';

/** The language the citizen reads the form in. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
}
