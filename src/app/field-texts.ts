import { vietnameseFieldMessages } from '@/fields/registry';
import { loadNamespaceInEveryLanguage } from '@/i18n/i18n';
import { registerNamespace } from '@/i18n/register-namespace';
import type { Locale } from '@/schema/localized-text';

const loadFieldTexts = async (locale: Locale): Promise<void> => {
  // Vietnamese always: the fallback of every other language.
  registerNamespace('fields', { vi: vietnameseFieldMessages });
  if (locale === 'en') registerNamespace('fields', { en: (await import('@/fields/messages-en')).englishFieldMessages });
};

/**
 * The field types' texts (`fields` namespace), registered by the pages that show fields, in the
 * current language and in any language switched to later. Vietnamese comes from the registry
 * those pages' code includes anyway, so the app shell (and a catalogue visit) does not carry
 * every field type to say "Ngày tháng"; English is its own chunk, loaded only when chosen.
 */
export const provideFieldTexts = (): Promise<void> => loadNamespaceInEveryLanguage(loadFieldTexts);
