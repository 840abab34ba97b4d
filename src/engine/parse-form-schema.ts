import { formSchemaSchema } from '@/fields/registry';
import type { FormSchema } from '@/schema/create-form-schema';
import { toSchemaIssues, type SchemaIssue } from '@/schema/schema-issues';

export type ParsedFormSchema = { ok: true; schema: FormSchema } | { ok: false; issues: SchemaIssue[] };

/**
 * Checks a form schema document (from the API, an import, the builder) against the schema
 * language built from the registry. A bad document yields every problem with its path, so an
 * author can fix it; it never reaches the renderer.
 */
export function parseFormSchema(document: unknown): ParsedFormSchema {
  const result = formSchemaSchema.safeParse(document);
  return result.success ? { ok: true, schema: result.data } : { ok: false, issues: toSchemaIssues(result.error, document) };
}
