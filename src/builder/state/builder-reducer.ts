import { fieldRegistry } from '@/fields/registry';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { FormPage, FormSchema } from '@/schema/create-form-schema';
import { allFields, findField, insertField, moveField, removeField, replaceField, type FieldSlot } from './field-tree';
import { copyFieldId, newFieldId, newPageId } from './new-ids';
import { renameField } from './rename-field';

/** What the property panel is showing. */
export type Selection = { kind: 'form' } | { kind: 'page'; pageId: string } | { kind: 'field'; fieldId: string };

/**
 * The builder's whole state: the document being authored, the selection and the undo history.
 * `revision` counts document changes (autosave watches it); `mergeKey` lets consecutive edits of
 * one property (typing a label letter by letter) undo as one step.
 */
export interface BuilderState {
  document: FormSchema;
  selection: Selection;
  past: readonly FormSchema[];
  future: readonly FormSchema[];
  revision: number;
  mergeKey: string | undefined;
}

export type BuilderAction =
  | { type: 'load'; document: FormSchema }
  | { type: 'import'; document: FormSchema }
  | { type: 'select'; selection: Selection }
  | { type: 'add-field'; fieldType: string; slot: FieldSlot }
  | { type: 'move-field'; fieldId: string; slot: FieldSlot }
  | { type: 'remove-field'; fieldId: string }
  | { type: 'duplicate-field'; fieldId: string }
  /** A whole new config from a panel; `merge` names the property being typed into. */
  | { type: 'update-field'; fieldId: string; config: BaseFieldConfig; merge?: string }
  | { type: 'rename-field'; fieldId: string; newId: string }
  | { type: 'add-page'; index?: number }
  | { type: 'move-page'; pageId: string; index: number }
  | { type: 'remove-page'; pageId: string }
  | { type: 'update-page'; pageId: string; page: FormPage; merge?: string }
  | { type: 'update-form'; document: FormSchema; merge?: string }
  | { type: 'undo' }
  | { type: 'redo' };

/** Undo reaches this many steps back; older steps are dropped (memory stays bounded). */
export const historyLimit = 100;

export const initialBuilderState = (document: FormSchema): BuilderState => ({
  document,
  selection: { kind: 'form' },
  past: [],
  future: [],
  revision: 0,
  mergeKey: undefined,
});

/** Records a new document: one undo step, unless it continues the same property's typing. */
function commit(state: BuilderState, document: FormSchema, selection: Selection = state.selection, merge?: string): BuilderState {
  if (document === state.document) return { ...state, selection };
  const continues = merge !== undefined && merge === state.mergeKey;
  return {
    document,
    selection,
    past: continues ? state.past : [...state.past, state.document].slice(-historyLimit),
    future: [],
    revision: state.revision + 1,
    mergeKey: merge,
  };
}

/** After undo/redo the selection may name something that no longer exists. */
function validSelection(document: FormSchema, selection: Selection): Selection {
  if (selection.kind === 'field' && !findField(document, selection.fieldId)) return { kind: 'form' };
  if (selection.kind === 'page' && !document.pages.some((page) => page.id === selection.pageId)) return { kind: 'form' };
  return selection;
}

const newPage = (document: FormSchema): FormPage => ({
  id: newPageId(document),
  title: { vi: `Trang ${document.pages.length + 1}`, en: `Page ${document.pages.length + 1}` },
  fields: [],
});

/** Pure: every edit of the builder, testable without a DOM (see builder-driver.ts). */
export function builderReducer(state: BuilderState, action: BuilderAction): BuilderState {
  const { document } = state;
  switch (action.type) {
    case 'load':
      return initialBuilderState(action.document);
    case 'import':
      return commit(state, action.document, { kind: 'form' });
    case 'select':
      return { ...state, selection: action.selection, mergeKey: undefined };
    case 'add-field': {
      const field = fieldRegistry.get(action.fieldType).create(newFieldId(document, action.fieldType));
      return commit(state, insertField(document, field, action.slot), { kind: 'field', fieldId: field.id });
    }
    case 'move-field':
      return commit(state, moveField(document, action.fieldId, action.slot));
    case 'remove-field': {
      const next = removeField(document, action.fieldId);
      return commit(state, next, validSelection(next, state.selection));
    }
    case 'duplicate-field': {
      const found = findField(document, action.fieldId);
      if (!found) return state;
      const copy = copyWithFreshIds(document, found.field);
      return commit(state, insertField(document, copy, { ...found.slot, index: found.slot.index + 1 }), { kind: 'field', fieldId: copy.id });
    }
    case 'update-field': {
      if (action.config.id !== action.fieldId) return state;
      return commit(state, replaceField(document, action.fieldId, action.config), state.selection, `field:${action.fieldId}:${action.merge ?? ''}`);
    }
    case 'rename-field': {
      if (action.newId === action.fieldId || findField(document, action.newId)) return state;
      const selection: Selection = { kind: 'field', fieldId: action.newId };
      return commit(state, renameField(document, action.fieldId, action.newId), selection);
    }
    case 'add-page': {
      const page = newPage(document);
      const at = Math.max(0, Math.min(action.index ?? document.pages.length, document.pages.length));
      const pages = [...document.pages.slice(0, at), page, ...document.pages.slice(at)];
      return commit(state, { ...document, pages }, { kind: 'page', pageId: page.id });
    }
    case 'move-page': {
      const page = document.pages.find((candidate) => candidate.id === action.pageId);
      if (!page) return state;
      const rest = document.pages.filter((candidate) => candidate.id !== action.pageId);
      const at = Math.max(0, Math.min(action.index, rest.length));
      return commit(state, { ...document, pages: [...rest.slice(0, at), page, ...rest.slice(at)] });
    }
    case 'remove-page': {
      // A form keeps at least one page: the schema requires it and a citizen needs somewhere to start.
      if (document.pages.length <= 1) return state;
      const next = { ...document, pages: document.pages.filter((page) => page.id !== action.pageId) };
      return commit(state, next, validSelection(next, state.selection));
    }
    case 'update-page': {
      if (action.page.id !== action.pageId && document.pages.some((page) => page.id === action.page.id)) return state;
      const pages = document.pages.map((page) => (page.id === action.pageId ? action.page : page));
      const selection: Selection = state.selection.kind === 'page' ? { kind: 'page', pageId: action.page.id } : state.selection;
      return commit(state, { ...document, pages }, selection, `page:${action.page.id}:${action.merge ?? ''}`);
    }
    case 'update-form':
      return commit(state, action.document, state.selection, `form:${action.merge ?? ''}`);
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return {
        ...state,
        document: previous,
        past: state.past.slice(0, -1),
        future: [document, ...state.future],
        selection: validSelection(previous, state.selection),
        revision: state.revision + 1,
        mergeKey: undefined,
      };
    }
    case 'redo': {
      const [next, ...future] = state.future;
      if (!next) return state;
      return {
        ...state,
        document: next,
        past: [...state.past, document],
        future,
        selection: validSelection(next, state.selection),
        revision: state.revision + 1,
        mergeKey: undefined,
      };
    }
  }
}

/**
 * A copy of a field (and its children) with fresh ids: ids are answer keys and must stay unique.
 * Conditions inside the copy that read a copied field read the copy's twin.
 */
function copyWithFreshIds(document: FormSchema, field: BaseFieldConfig): BaseFieldConfig {
  const taken = new Set([...allFields(document)].map((entry) => entry.field.id));
  const renames = new Map<string, string>();
  const subtree = { ...document, pages: [{ id: 'copy', title: { vi: 'copy' }, fields: [structuredClone(field)] }], rules: [] };
  for (const { field: inner } of [...allFields(subtree)]) {
    const fresh = copyFieldId(taken, inner.id);
    taken.add(fresh);
    renames.set(inner.id, fresh);
  }
  let renamed: FormSchema = subtree;
  for (const [from, to] of renames) renamed = renameField(renamed, from, to);
  return renamed.pages[0]?.fields[0] ?? field;
}
