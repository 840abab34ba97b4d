import { z } from '@/lib/zod';
import type { BaseFieldConfig } from './base-field';
import { conditionVariables, type JsonLogicRule } from './condition';
import { formIdSchema } from './ids';
import { localizedTextSchema, type LocalizedText } from './localized-text';
import { createPageSchema } from './page';
import { procedureSchema, type Procedure } from './procedure';
import { crossFieldRuleSchema, type CrossFieldRule } from './rule';

/** One step of the journey. */
export interface FormPage {
  id: string;
  title: LocalizedText;
  description?: LocalizedText | undefined;
  visibleIf?: JsonLogicRule | undefined;
  fields: BaseFieldConfig[];
}

/** A whole, validated form schema: the e-form of one procedure at one version. */
export interface FormSchema {
  schemaVersion: 1;
  id: string;
  version: number;
  title: LocalizedText;
  description?: LocalizedText | undefined;
  procedure: Procedure;
  pages: FormPage[];
  rules: CrossFieldRule[];
}

/** Format of the schema document itself; bump with a document migration. */
export const schemaFormatVersion = 1;

type FieldConfigSchema = z.ZodMiniObject<{ type: z.ZodMiniLiteral<string> } & z.core.$ZodShape>;

/** Walks fields depth-first; a field whose config holds `fields` is a container. */
export function* walkConfigs(fields: readonly BaseFieldConfig[]): Generator<BaseFieldConfig> {
  for (const field of fields) {
    yield field;
    const children = (field as { fields?: unknown }).fields;
    if (Array.isArray(children)) yield* walkConfigs(children as BaseFieldConfig[]);
  }
}

/**
 * Builds the zod schema of a whole form schema from the config schemas of the registered field
 * types (dependency inversion: `schema/` never imports `fields/`). Besides shapes, it checks what
 * only the whole document can tell: unique ids, conditions and rules naming existing fields.
 */
export function createFormSchema<const TSchemas extends readonly [FieldConfigSchema, ...FieldConfigSchema[]]>(
  fieldConfigSchemas: TSchemas,
) {
  const fieldSchema = z.discriminatedUnion('type', fieldConfigSchemas);
  const pageSchema = createPageSchema(fieldSchema);
  const formSchema = z
    .object({
      schemaVersion: z.literal(schemaFormatVersion),
      id: formIdSchema,
      version: z.number().check(z.int(), z.minimum(1)),
      title: localizedTextSchema,
      description: z.optional(localizedTextSchema),
      procedure: procedureSchema,
      pages: z.array(pageSchema).check(z.minLength(1, { error: 'A form needs at least one page' })),
      rules: z._default(z.array(crossFieldRuleSchema), []),
    })
    .check(
      z.superRefine((form, ctx) => {
        const pageIds = new Set<string>();
        form.pages.forEach((page, pageIndex) => {
          if (pageIds.has(page.id)) {
            ctx.addIssue({ code: 'custom', path: ['pages', pageIndex, 'id'], message: `Duplicate page id "${page.id}"` });
          }
          pageIds.add(page.id);
        });
        const fieldIds = new Set<string>();
        const fieldPaths = new Map<string, (string | number)[]>();
        form.pages.forEach((page, pageIndex) => {
          const visit = (fields: readonly BaseFieldConfig[], path: (string | number)[]) =>
            fields.forEach((field, index) => {
              const fieldPath = [...path, index];
              if (fieldIds.has(field.id)) {
                ctx.addIssue({ code: 'custom', path: [...fieldPath, 'id'], message: `Duplicate field id "${field.id}"` });
              }
              fieldIds.add(field.id);
              fieldPaths.set(field.id, fieldPath);
              const children = (field as { fields?: unknown }).fields;
              if (Array.isArray(children)) visit(children as BaseFieldConfig[], [...fieldPath, 'fields']);
            });
          visit(page.fields as BaseFieldConfig[], ['pages', pageIndex, 'fields']);
        });
        const checkVariables = (rule: unknown, path: (string | number)[]) => {
          for (const name of conditionVariables(rule)) {
            if (!fieldIds.has(name)) {
              ctx.addIssue({ code: 'custom', path, message: `Condition refers to unknown field "${name}"` });
            }
          }
        };
        form.pages.forEach((page, pageIndex) => {
          if (page.visibleIf !== undefined) checkVariables(page.visibleIf, ['pages', pageIndex, 'visibleIf']);
        });
        for (const field of form.pages.flatMap((page) => [...walkConfigs(page.fields as BaseFieldConfig[])])) {
          const path = fieldPaths.get(field.id) ?? [];
          if (field.visibleIf !== undefined) checkVariables(field.visibleIf, [...path, 'visibleIf']);
          if (field.requiredIf !== undefined) checkVariables(field.requiredIf, [...path, 'requiredIf']);
          for (const key of ['personField', 'consentField'] as const) {
            const referenced = field.prefill?.[key];
            if (referenced !== undefined && !fieldIds.has(referenced)) {
              ctx.addIssue({ code: 'custom', path: [...path, 'prefill', key], message: `Prefill refers to unknown field "${referenced}"` });
            }
          }
        }
        form.procedure.documents.forEach((document, index) => {
          if (document.field !== undefined && !fieldIds.has(document.field)) {
            const path = ['procedure', 'documents', index, 'field'];
            ctx.addIssue({ code: 'custom', path, message: `Document is collected by unknown field "${document.field}"` });
          }
        });
        form.rules.forEach((rule, index) => {
          if (!fieldIds.has(rule.field)) {
            ctx.addIssue({ code: 'custom', path: ['rules', index, 'field'], message: `Rule targets unknown field "${rule.field}"` });
          }
          checkVariables(rule.assert, ['rules', index, 'assert']);
        });
      }),
    );
  return { fieldSchema, formSchema: formSchema as unknown as z.ZodMiniType<FormSchema> };
}
