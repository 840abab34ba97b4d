import { formSchemaSchema } from '@/fields/registry';
import type { FormSchema } from '@/schema/create-form-schema';

const hasFormShape = (raw: unknown): raw is FormSchema =>
  typeof raw === 'object' &&
  raw !== null &&
  Array.isArray((raw as { pages?: unknown }).pages) &&
  typeof (raw as { procedure?: unknown }).procedure === 'object' &&
  typeof (raw as { title?: unknown }).title === 'object';

/**
 * A stored document as the builder edits it. A published version is valid and parses (defaults
 * applied); a draft may not be yet (a label being written is empty, which the checks report and
 * publishing refuses), so a draft the builder itself saved is taken as it is. Anything without a
 * form's shape is refused.
 */
export function toEditableDocument(raw: unknown): FormSchema | undefined {
  const parsed = formSchemaSchema.safeParse(raw);
  if (parsed.success) return parsed.data as FormSchema;
  return hasFormShape(raw) ? { ...raw, rules: Array.isArray(raw.rules) ? raw.rules : [] } : undefined;
}
