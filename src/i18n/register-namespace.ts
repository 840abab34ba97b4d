import i18next from 'i18next';
import type { Locale } from '@/schema/localized-text';

/**
 * Adds a namespace when the lazy chunk that uses it loads (the builder, the dashboard), so the
 * citizen's bundle never carries their texts. Adding it twice is harmless.
 */
export function registerNamespace(namespace: string, messages: Readonly<Partial<Record<Locale, Record<string, unknown>>>>): void {
  for (const [locale, bundle] of Object.entries(messages)) {
    if (bundle && !i18next.hasResourceBundle(locale, namespace)) i18next.addResourceBundle(locale, namespace, bundle, true, false);
  }
}
