import type { Locale } from '@/schema/localized-text';
import { useBuilder } from '../builder-context';
import { FieldProperties } from './field-properties';
import { FormProperties } from './form-properties';
import { PageProperties } from './page-properties';

/** The properties of whatever is selected: the form itself, a page, or a field. */
export function PropertiesPane({ locale }: { locale: Locale }) {
  const { selection } = useBuilder().state;
  if (selection.kind === 'field') return <FieldProperties key={selection.fieldId} fieldId={selection.fieldId} locale={locale} />;
  if (selection.kind === 'page') return <PageProperties key={selection.pageId} pageId={selection.pageId} locale={locale} />;
  return <FormProperties locale={locale} />;
}
