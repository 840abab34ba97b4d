import i18next, { type i18n as I18n } from 'i18next';
import { locales } from '@/schema/localized-text';
import { mockIdpMessages, mockIdpNamespace } from './messages';

/**
 * Adds the `mockIdp` texts to i18next unless the app already did, so the mock pages work on
 * their own. Waits for initialisation when called before it (i18next has no store until then).
 */
export function registerMockIdpMessages(instance: I18n = i18next): void {
  const add = () => {
    for (const locale of locales) {
      if (!instance.hasResourceBundle(locale, mockIdpNamespace)) {
        instance.addResourceBundle(locale, mockIdpNamespace, mockIdpMessages[locale], true, false);
      }
    }
  };
  if (instance.isInitialized) add();
  else instance.on('initialized', add);
}
