import { useTranslation } from 'react-i18next';
import type { FormSchema } from '@/schema/create-form-schema';
import { localize, type Locale } from '@/schema/localized-text';
import type { FormDiff, PropertyChange } from '../../analysis/version-diff';
import { findField } from '../../state/field-tree';

const shown = (value: unknown, locale: Locale): string => {
  if (value === undefined) return '—';
  if (typeof value === 'object' && value !== null && 'vi' in value && typeof (value as { vi: unknown }).vi === 'string') {
    return localize(value as { vi: string; en?: string }, locale);
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
};

/** What changed between two versions, in words an author checks before publishing. */
export function DiffView({ diff, older, newer, locale }: { diff: FormDiff; older: FormSchema; newer: FormSchema; locale: Locale }) {
  const { t } = useTranslation('builder');
  const fieldName = (id: string) => localize((findField(newer, id) ?? findField(older, id))?.field.label, locale) || id;
  const pageName = (id: string) => localize((newer.pages.find((page) => page.id === id) ?? older.pages.find((page) => page.id === id))?.title, locale) || id;
  const items: string[] = [
    ...diff.pages.added.map((id) => t('diff.pageAdded', { page: pageName(id) })),
    ...diff.pages.removed.map((id) => t('diff.pageRemoved', { page: pageName(id) })),
    ...diff.pages.renamed.map(({ before, after }) => t('diff.pageRenamed', { before: localize(before, locale), after: localize(after, locale) })),
    ...diff.pages.moved.map(({ pageId, from, to }) => t('diff.pageMoved', { page: pageName(pageId), from: from + 1, to: to + 1 })),
    ...diff.pages.changed.flatMap(({ pageId, changes }) => changes.map((change) => describe(t('diff.pageChanged', { page: pageName(pageId) }), change))),
    ...diff.fields.added.map(({ fieldId, place }) => t('diff.fieldAdded', { field: fieldName(fieldId), page: pageName(place.pageId) })),
    ...diff.fields.removed.map(({ fieldId, place }) => t('diff.fieldRemoved', { field: fieldName(fieldId), page: pageName(place.pageId) })),
    ...diff.fields.moved.map(({ fieldId, to }) => t('diff.fieldMoved', { field: fieldName(fieldId), page: pageName(to.pageId), position: to.index + 1 })),
    ...diff.fields.changed.flatMap(({ fieldId, changes }) => changes.map((change) => describe(t('diff.fieldChanged', { field: fieldName(fieldId) }), change))),
    ...diff.metadata.map((change) => describe(t('diff.formChanged'), change)),
  ];
  function describe(subject: string, change: PropertyChange) {
    return t('diff.property', { subject, property: change.property, before: shown(change.before, locale), after: shown(change.after, locale) });
  }
  if (items.length === 0) return <p>{t('diff.none')}</p>;
  return (
    <ul className="builder-diff">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
