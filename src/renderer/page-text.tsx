import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Locale } from '@/schema/localized-text';

interface PageText {
  t: TFunction;
  locale: Locale;
}

const PageTextContext = createContext<PageText | null>(null);

/**
 * The page's translation function and language, read once by the page and shared by its field
 * hosts: a `useTranslation` in every host and frame meant thousands of i18n subscriptions on a
 * long form (the benchmark's 1000 fields). A language change re-renders the page, which hands
 * every host the new `t`.
 */
export function PageTextProvider({ t, locale, children }: PageText & { children: ReactNode }) {
  const value = useMemo(() => ({ t, locale }), [t, locale]);
  return <PageTextContext.Provider value={value}>{children}</PageTextContext.Provider>;
}

export function usePageText(): PageText {
  const text = useContext(PageTextContext);
  if (!text) throw new Error('Field hosts render inside a <FormPage> (PageTextProvider)');
  return text;
}
