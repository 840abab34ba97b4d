import type { FieldErrors, Resolver } from 'react-hook-form';
import { validateFields, type AnswerError } from '@/engine/validate';
import { visibleAnswerFields, visiblePages } from '@/engine/visibility';
import type { FormSchema } from '@/schema/create-form-schema';

/** What the next validation covers: one page (continue) or every visible page (submit). */
export type ValidationScope = { pageId: string } | 'all';

/** Nests flat `a.0.b` paths into the error object react-hook-form expects. */
export function toFieldErrors(errors: readonly AnswerError[]): FieldErrors<Record<string, unknown>> {
  const root: Record<string, unknown> = {};
  for (const error of errors) {
    const keys = error.path.split('.');
    let node = root;
    keys.forEach((key, index) => {
      if (index === keys.length - 1) {
        node[key] = { ...(node[key] as object | undefined), type: 'validate', message: error.message };
      } else {
        node[key] ??= {};
        node = node[key] as Record<string, unknown>;
      }
    });
  }
  return root as FieldErrors<Record<string, unknown>>;
}

/**
 * A react-hook-form resolver driven by the engine. It validates the scope's visible fields only;
 * when react-hook-form re-validates a few changed fields, only those are checked.
 */
export type FormValues = Record<string, unknown>;

export function createFormResolver(schema: FormSchema, scope: () => ValidationScope): Resolver<FormValues> {
  return (values, _context, options) => {
    const current = scope();
    const pages = current === 'all' ? visiblePages(schema, values) : schema.pages.filter((page) => page.id === current.pageId);
    let fields = pages.flatMap((page) => visibleAnswerFields(page.fields, values));
    if (options.names && options.names.length > 0) {
      const changed = new Set(options.names.map((name) => name.split('.')[0]));
      fields = fields.filter((field) => changed.has(field.id));
    }
    const errors = validateFields(schema, fields, values);
    return errors.length === 0 ? { values, errors: {} } : { values: {}, errors: toFieldErrors(errors) };
  };
}
