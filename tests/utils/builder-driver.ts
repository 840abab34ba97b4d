import { builderReducer, initialBuilderState, type BuilderAction, type BuilderState } from '@/builder/state/builder-reducer';
import { findField, listLength } from '@/builder/state/field-tree';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { FormPage, FormSchema } from '@/schema/create-form-schema';

/**
 * A small fluent driver over the builder reducer, so a test reads as the author's steps:
 * `driveBuilder(form).add('text', 'ca-nhan').edit('text1', { label: … }).undo().fieldIds('ca-nhan')`.
 * It dispatches real actions through the real reducer; it only saves typing.
 */
export function driveBuilder(document: FormSchema) {
  let state: BuilderState = initialBuilderState(document);
  const dispatch = (action: BuilderAction) => {
    state = builderReducer(state, action);
    return driver;
  };
  const field = (id: string): BaseFieldConfig => {
    const found = findField(state.document, id);
    if (!found) throw new Error(`No field "${id}" in the document`);
    return found.field;
  };
  const page = (id: string): FormPage => {
    const found = state.document.pages.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`No page "${id}" in the document`);
    return found;
  };
  const driver = {
    dispatch,
    /** Adds a field from the palette; at the end of the list unless `index` is given. */
    add: (fieldType: string, pageId: string, options: { index?: number; parentId?: string } = {}) =>
      dispatch({
        type: 'add-field',
        fieldType,
        slot: { pageId, parentId: options.parentId, index: options.index ?? listLength(state.document, pageId, options.parentId) },
      }),
    move: (fieldId: string, pageId: string, index: number, parentId?: string) =>
      dispatch({ type: 'move-field', fieldId, slot: { pageId, parentId, index } }),
    remove: (fieldId: string) => dispatch({ type: 'remove-field', fieldId }),
    duplicate: (fieldId: string) => dispatch({ type: 'duplicate-field', fieldId }),
    rename: (fieldId: string, newId: string) => dispatch({ type: 'rename-field', fieldId, newId }),
    /** A panel edit: the field's config with `changes` applied; `merge` as a text box sends it. */
    edit: (fieldId: string, changes: Partial<BaseFieldConfig> & Record<string, unknown>, merge?: string) =>
      dispatch({ type: 'update-field', fieldId, config: { ...field(fieldId), ...changes }, merge }),
    addPage: (index?: number) => dispatch({ type: 'add-page', index }),
    movePage: (pageId: string, index: number) => dispatch({ type: 'move-page', pageId, index }),
    removePage: (pageId: string) => dispatch({ type: 'remove-page', pageId }),
    editPage: (pageId: string, changes: Partial<FormPage>, merge?: string) =>
      dispatch({ type: 'update-page', pageId, page: { ...page(pageId), ...changes }, merge }),
    select: (fieldId: string) => dispatch({ type: 'select', selection: { kind: 'field', fieldId } }),
    undo: (times = 1) => {
      for (let i = 0; i < times; i++) dispatch({ type: 'undo' });
      return driver;
    },
    redo: () => dispatch({ type: 'redo' }),
    get state() {
      return state;
    },
    get document() {
      return state.document;
    },
    field,
    page,
    pageIds: () => state.document.pages.map((candidate) => candidate.id),
    /** Ids in one list (a page's, or a container's children) in order. */
    fieldIds: (pageId: string, parentId?: string): string[] => {
      const list = parentId === undefined ? page(pageId).fields : ((field(parentId) as { fields?: BaseFieldConfig[] }).fields ?? []);
      return list.map((candidate) => candidate.id);
    },
  };
  return driver;
}
