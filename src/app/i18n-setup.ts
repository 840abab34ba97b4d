import { fieldMessages } from '@/fields/registry';
import { initI18n, provideResources } from '@/i18n/i18n';
import type { Locale } from '@/schema/localized-text';

/** Composes the i18n resources of every layer (common UI + field types) and starts i18next. */
export function setUpI18n(language?: Locale) {
  provideResources({ vi: { fields: fieldMessages('vi') }, en: { fields: fieldMessages('en') } });
  return initI18n(language ? { resources: 'all', language } : { resources: 'all' });
}
