import i18next from 'i18next';
import type { Locale } from '@/schema/localized-text';

/**
 * Adds a namespace's texts when the lazy chunk that uses it loads (the builder, the dashboard, the
 * field types), so the citizen's bundle never carries their texts. Texts are merged key by key
 * and never replace one already there: several chunks add to one namespace (the builder panels'
 * texts join the field types' in `fields`), in whichever order they load, and adding twice is
 * harmless.
 */
export function registerNamespace(namespace: string, messages: Readonly<Partial<Record<Locale, Record<string, unknown>>>>): void {
  for (const [locale, bundle] of Object.entries(messages)) {
    if (bundle) i18next.addResourceBundle(locale, namespace, bundle, true, false);
  }
}
