import i18next from 'i18next';
import type { Locale } from '@/schema/localized-text';

/**
 * Adds a builder panel's texts to the `fields` namespace (`fields:<key>.panel.…`) when the panel's
 * chunk loads: the citizen's bundle carries renderers' texts only, never the builder's.
 */
export function registerPanelMessages(key: string, messages: Readonly<Record<Locale, Record<string, unknown>>>): void {
  for (const [locale, bundle] of Object.entries(messages)) i18next.addResourceBundle(locale, 'fields', { [key]: bundle }, true, true);
}
