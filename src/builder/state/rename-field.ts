import type { BaseFieldConfig } from '@/schema/base-field';
import type { JsonLogicRule } from '@/schema/condition';
import type { FormSchema } from '@/schema/create-form-schema';
import { allFields, replaceField } from './field-tree';

const isPlainObject = (value: unknown): value is Record<string, JsonLogicRule> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{"var": "old"}` and `{"var": "old.0.x"}` now read `to`; everything else is kept as written. */
export function renameVariable(rule: JsonLogicRule, from: string, to: string): JsonLogicRule {
  const renamePath = (path: JsonLogicRule): JsonLogicRule =>
    typeof path === 'string' && (path === from || path.startsWith(`${from}.`)) ? `${to}${path.slice(from.length)}` : path;
  if (Array.isArray(rule)) return rule.map((item) => renameVariable(item, from, to));
  if (!isPlainObject(rule)) return rule;
  return Object.fromEntries(
    Object.entries(rule).map(([operator, args]) => {
      if (operator !== 'var') return [operator, renameVariable(args, from, to)];
      if (Array.isArray(args)) return [operator, args.map((arg, index) => (index === 0 ? renamePath(arg) : arg))];
      return [operator, renamePath(args)];
    }),
  );
}

const renameConditions = (field: BaseFieldConfig, from: string, to: string): BaseFieldConfig => {
  const next: BaseFieldConfig = { ...field };
  if (field.visibleIf !== undefined) next.visibleIf = renameVariable(field.visibleIf, from, to);
  if (field.requiredIf !== undefined) next.requiredIf = renameVariable(field.requiredIf, from, to);
  if (field.prefill) {
    next.prefill = {
      ...field.prefill,
      ...(field.prefill.personField === from ? { personField: to } : {}),
      ...(field.prefill.consentField === from ? { consentField: to } : {}),
    };
  }
  return next;
};

/**
 * Gives a field a new id and rewrites every reference to it: conditions, prefill person and
 * consent fields, cross-field rules and the procedure's documents. An id is the answer's key, so
 * renaming it by hand elsewhere would silently break the form's logic.
 */
export function renameField(form: FormSchema, from: string, to: string): FormSchema {
  let next = form;
  for (const { field } of [...allFields(form)]) {
    const renamed = renameConditions(field.id === from ? { ...field, id: to } : field, from, to);
    next = replaceField(next, field.id, renamed);
  }
  return {
    ...next,
    pages: next.pages.map((page) => (page.visibleIf === undefined ? page : { ...page, visibleIf: renameVariable(page.visibleIf, from, to) })),
    rules: next.rules.map((rule) => ({
      ...rule,
      field: rule.field === from ? to : rule.field,
      assert: renameVariable(rule.assert, from, to),
    })),
    procedure: {
      ...next.procedure,
      documents: next.procedure.documents.map((document) => (document.field === from ? { ...document, field: to } : document)),
    },
  };
}
