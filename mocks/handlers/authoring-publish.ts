import type { AuthoringDraft } from '@/lib/api-contract/authoring';
import type { ApiErrorBody } from '@/lib/api-contract/errors';
import { parseFormSchema } from '@/engine/parse-form-schema';
import { validateBindings } from '@/prefill/validate-bindings';
import { toSchemaIssues } from '@/schema/schema-issues';
import { publishableFormSchema, type PublishInput } from '../db/published-forms';

type Issues = NonNullable<ApiErrorBody['issues']>;

/**
 * What a backend checks before a draft becomes a version citizens meet: the whole document
 * against the form-schema language built from the field registry (a real backend would use the
 * exported JSON Schema), then every prefill binding against the data-source catalog. Each
 * problem comes with its path in the document (`pages[0].fields[2].label.vi`), so the builder can
 * point at it. Mocks may import `src/`; the app itself never reaches the mocks but over HTTP.
 */
export function checkPublishable(draft: AuthoringDraft): { ok: true; form: PublishInput } | { ok: false; issues: Issues } {
  const parsed = parseFormSchema(draft.document);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const bindingIssues = validateBindings(parsed.schema);
  if (bindingIssues.length > 0) return { ok: false, issues: bindingIssues };
  // The document as the author wrote it (not the parsed one with every default filled in).
  const envelope = publishableFormSchema.safeParse(draft.document);
  if (!envelope.success) {
    return { ok: false, issues: toSchemaIssues(envelope.error, draft.document) };
  }
  return { ok: true, form: envelope.data };
}
