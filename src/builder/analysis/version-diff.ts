import { fieldRegistry } from '@/fields/registry';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { FormSchema } from '@/schema/create-form-schema';
import type { LocalizedText } from '@/schema/localized-text';
import { reordered } from './reordered';

/** One property with its value in each version; `undefined` where a version does not set it. */
export interface PropertyChange {
  property: string;
  before: unknown;
  after: unknown;
}

/** Where a field sits: its page, the container holding it (if any), its position in that list. */
export interface FieldPlace {
  pageId: string;
  parentId?: string | undefined;
  index: number;
}

export interface FormDiff {
  pages: {
    added: string[];
    removed: string[];
    renamed: { pageId: string; before: LocalizedText; after: LocalizedText }[];
    moved: { pageId: string; from: number; to: number }[];
    /** Description and visibility of pages kept. */
    changed: { pageId: string; changes: PropertyChange[] }[];
  };
  fields: {
    added: { fieldId: string; place: FieldPlace }[];
    removed: { fieldId: string; place: FieldPlace }[];
    moved: { fieldId: string; from: FieldPlace; to: FieldPlace }[];
    /** Label, hint, required, type, visibility, prefill binding and type-specific config, per field. */
    changed: { fieldId: string; changes: PropertyChange[] }[];
  };
  /** The form's title, description and cross-field rules, and its procedure's properties (`procedure.fee`…). */
  metadata: PropertyChange[];
}

/** Values compared as JSON with keys sorted: key order in a document carries no meaning. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  ) ?? 'undefined';

function propertyChanges(before: object, after: object, prefix = '', skip: readonly string[] = []): PropertyChange[] {
  const old = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((key) => !skip.includes(key));
  return keys
    .filter((key) => canonical(old[key]) !== canonical(now[key]))
    .map((key) => ({ property: `${prefix}${key}`, before: old[key], after: now[key] }));
}

interface Placed {
  field: BaseFieldConfig;
  place: FieldPlace;
}

function placeFields(schema: FormSchema): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  const visit = (fields: readonly BaseFieldConfig[], pageId: string, parentId: string | undefined) =>
    fields.forEach((field, index) => {
      placed.set(field.id, { field, place: { pageId, parentId, index } });
      visit(fieldRegistry.has(field.type) ? (fieldRegistry.of(field).container?.children(field) ?? []) : [], pageId, field.id);
    });
  for (const page of schema.pages) visit(page.fields, page.id, undefined);
  return placed;
}

const listKey = (place: FieldPlace) => `${place.pageId}/${place.parentId ?? ''}`;

/** Fields kept whose list changed, or whose order within the same list changed. */
function movedFields(older: Map<string, Placed>, newer: Map<string, Placed>): FormDiff['fields']['moved'] {
  const listsOf = (placed: Map<string, Placed>) => {
    const lists = new Map<string, string[]>();
    for (const [id, { place }] of placed) lists.set(listKey(place), [...(lists.get(listKey(place)) ?? []), id]);
    return lists;
  };
  const [oldLists, newLists] = [listsOf(older), listsOf(newer)];
  const shuffled = new Set([...newLists].flatMap(([key, ids]) => [...reordered(oldLists.get(key) ?? [], ids)]));
  return [...newer].flatMap(([id, now]) => {
    const was = older.get(id);
    if (!was || (listKey(was.place) === listKey(now.place) && !shuffled.has(id))) return [];
    return [{ fieldId: id, from: was.place, to: now.place }];
  });
}

/**
 * What changed between two versions of a form, fields and pages matched by id: what a reviewer
 * approves before publishing, and what the builder shows beside "publish". Containers' children
 * are compared as fields of their own, not as a `fields` property of the container.
 */
export function diffFormVersions(older: FormSchema, newer: FormSchema): FormDiff {
  const oldPages = new Map(older.pages.map((page, index) => [page.id, { page, index }]));
  const newPages = new Map(newer.pages.map((page, index) => [page.id, { page, index }]));
  const keptPages = [...newPages].filter(([id]) => oldPages.has(id));
  const shuffledPages = reordered([...oldPages.keys()], [...newPages.keys()]);
  const oldFields = placeFields(older);
  const newFields = placeFields(newer);
  return {
    pages: {
      added: [...newPages.keys()].filter((id) => !oldPages.has(id)),
      removed: [...oldPages.keys()].filter((id) => !newPages.has(id)),
      renamed: keptPages.flatMap(([id, { page }]) => {
        const before = oldPages.get(id)?.page.title;
        return before && canonical(before) !== canonical(page.title) ? [{ pageId: id, before, after: page.title }] : [];
      }),
      moved: keptPages.filter(([id]) => shuffledPages.has(id)).map(([id, { index }]) => ({ pageId: id, from: oldPages.get(id)?.index ?? -1, to: index })),
      changed: keptPages.flatMap(([id, { page }]) => {
        const before = oldPages.get(id)?.page ?? page;
        const changes = propertyChanges(before, page, '', ['id', 'title', 'fields']);
        return changes.length > 0 ? [{ pageId: id, changes }] : [];
      }),
    },
    fields: {
      added: [...newFields].filter(([id]) => !oldFields.has(id)).map(([fieldId, { place }]) => ({ fieldId, place })),
      removed: [...oldFields].filter(([id]) => !newFields.has(id)).map(([fieldId, { place }]) => ({ fieldId, place })),
      moved: movedFields(oldFields, newFields),
      changed: [...newFields].flatMap(([id, { field }]) => {
        const before = oldFields.get(id)?.field;
        const changes = before ? propertyChanges(before, field, '', ['id', 'fields']) : [];
        return changes.length > 0 ? [{ fieldId: id, changes }] : [];
      }),
    },
    metadata: [
      ...propertyChanges(older, newer, '', ['pages', 'procedure', 'id', 'version', 'schemaVersion']),
      ...propertyChanges(older.procedure, newer.procedure, 'procedure.'),
    ],
  };
}
