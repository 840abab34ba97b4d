import { z } from '@/lib/zod';

/** The two languages every user-facing text is written in; Vietnamese is the default. */
export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'vi';

/**
 * Text shown to citizens, always an object so a schema never mixes plain strings and
 * translations. `vi` is required (the legal language of the form); `en` falls back to `vi`.
 */
export const localizedTextSchema = z.object({
  vi: z.string().check(z.trim(), z.minLength(1, { error: 'Vietnamese text (vi) is required' })),
  en: z.optional(z.string()),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Picks the text for a locale, falling back to Vietnamese. */
export const localize = (text: LocalizedText | undefined, locale: Locale): string =>
  text === undefined ? '' : locale === 'vi' ? text.vi : text.en?.trim() ? text.en : text.vi;
