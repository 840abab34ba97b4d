import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { FieldText } from '@/fields/field-definition';
import type { Locale } from '@/schema/localized-text';

interface PageText {
  t: TFunction;
  locale: Locale;
  /** The same, for the field types' own texts (the `fields` namespace). */
  fieldText: FieldText;
}

const PageTextContext = createContext<PageText | null>(null);

/**
 * The page's translation function and language, read once by the page and shared by its field
 * hosts: a `useTranslation` in every host and frame meant thousands of i18n subscriptions on a
 * long form (the benchmark's 1000 fields). A language change re-renders the page, which hands
 * every host the new `t`.
 */
export function PageTextProvider({ t, locale, children }: Omit<PageText, 'fieldText'> & { children: ReactNode }) {
  const value = useMemo(() => {
    const fieldText: FieldText = (key, values) => t(`fields:${key}`, values ?? {});
    return { t, locale, fieldText };
  }, [t, locale]);
  return <PageTextContext.Provider value={value}>{children}</PageTextContext.Provider>;
}

export function usePageText(): PageText {
  const text = useContext(PageTextContext);
  if (!text) throw new Error('Field hosts render inside a <FormPage> (PageTextProvider)');
  return text;
}
