import i18next from 'i18next';
import type { FieldText } from '@/fields/field-definition';
import type { Locale } from '@/schema/localized-text';

/** The `fields` translator a form page hands its renderers, for rendering one outside a page. */
export const fieldText = (locale: Locale = 'vi'): FieldText => {
  const t = i18next.getFixedT(locale, 'fields');
  return (key, values) => t(key, values ?? {});
};
