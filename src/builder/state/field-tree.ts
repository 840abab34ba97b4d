import type { BaseFieldConfig } from '@/schema/base-field';
import type { FormPage, FormSchema } from '@/schema/create-form-schema';

/**
 * Where a field sits or goes: a page, optionally a container field on it (a group's children),
 * and a position in that list. Pure helpers over the form document; none of them mutates.
 */
export interface FieldSlot {
  pageId: string;
  /** The container whose children list is meant; absent for the page's own list. */
  parentId?: string | undefined;
  index: number;
}

type Fields = readonly BaseFieldConfig[];

const childrenOf = (field: BaseFieldConfig): Fields | undefined => {
  const children = (field as { fields?: unknown }).fields;
  return Array.isArray(children) ? (children as Fields) : undefined;
};

const withChildren = (field: BaseFieldConfig, fields: Fields): BaseFieldConfig =>
  ({ ...field, fields: [...fields] }) as BaseFieldConfig;

/** Every field of the form, depth-first, with the slot it occupies. */
export function* allFields(form: FormSchema): Generator<{ field: BaseFieldConfig; slot: FieldSlot }> {
  function* visit(fields: Fields, pageId: string, parentId: string | undefined): Generator<{ field: BaseFieldConfig; slot: FieldSlot }> {
    for (const [index, field] of fields.entries()) {
      yield { field, slot: { pageId, parentId, index } };
      const children = childrenOf(field);
      if (children) yield* visit(children, pageId, field.id);
    }
  }
  for (const page of form.pages) yield* visit(page.fields, page.id, undefined);
}

export const findField = (form: FormSchema, fieldId: string) => {
  for (const entry of allFields(form)) if (entry.field.id === fieldId) return entry;
  return undefined;
};

export const fieldIds = (form: FormSchema): Set<string> => new Set([...allFields(form)].map(({ field }) => field.id));

/** Is `candidateId` the field `ancestorId` itself or inside it (a container cannot go into itself)? */
export function isWithin(form: FormSchema, candidateId: string, ancestorId: string): boolean {
  let current: string | undefined = candidateId;
  while (current !== undefined) {
    if (current === ancestorId) return true;
    current = findField(form, current)?.slot.parentId;
  }
  return false;
}

/** Rewrites one fields list (a page's or a container's), leaving the rest of the document shared. */
function mapList(form: FormSchema, pageId: string, parentId: string | undefined, update: (fields: Fields) => Fields): FormSchema {
  const mapFields = (fields: Fields): Fields =>
    fields.map((field) => {
      if (field.id === parentId) return withChildren(field, update(childrenOf(field) ?? []));
      const children = childrenOf(field);
      return children ? withChildren(field, mapFields(children)) : field;
    });
  const pages = form.pages.map((page): FormPage =>
    page.id !== pageId ? page : { ...page, fields: [...(parentId === undefined ? update(page.fields) : mapFields(page.fields))] },
  );
  return { ...form, pages };
}

const clampIndex = (index: number, length: number) => Math.max(0, Math.min(index, length));

export const insertField = (form: FormSchema, field: BaseFieldConfig, slot: FieldSlot): FormSchema =>
  mapList(form, slot.pageId, slot.parentId, (fields) => {
    const at = clampIndex(slot.index, fields.length);
    return [...fields.slice(0, at), field, ...fields.slice(at)];
  });

export function removeField(form: FormSchema, fieldId: string): FormSchema {
  const found = findField(form, fieldId);
  if (!found) return form;
  return mapList(form, found.slot.pageId, found.slot.parentId, (fields) => fields.filter((field) => field.id !== fieldId));
}

export function replaceField(form: FormSchema, fieldId: string, next: BaseFieldConfig): FormSchema {
  const found = findField(form, fieldId);
  if (!found) return form;
  return mapList(form, found.slot.pageId, found.slot.parentId, (fields) => fields.map((field) => (field.id === fieldId ? next : field)));
}

/**
 * Moves a field to `slot`. The index is where it lands in the target list as it looks after the
 * field left its old place, which is what both drag and drop and "move down" mean.
 */
export function moveField(form: FormSchema, fieldId: string, slot: FieldSlot): FormSchema {
  const found = findField(form, fieldId);
  if (!found) return form;
  if (slot.parentId !== undefined && isWithin(form, slot.parentId, fieldId)) return form;
  return insertField(removeField(form, fieldId), found.field, slot);
}

/** Number of fields in a list, to place a field at its end. */
export function listLength(form: FormSchema, pageId: string, parentId?: string): number {
  if (parentId === undefined) return form.pages.find((page) => page.id === pageId)?.fields.length ?? 0;
  const parent = findField(form, parentId);
  return parent ? (childrenOf(parent.field)?.length ?? 0) : 0;
}

/** Is this field a container the canvas can drop children into? */
export const canHoldFields = (field: BaseFieldConfig): boolean => childrenOf(field) !== undefined;
