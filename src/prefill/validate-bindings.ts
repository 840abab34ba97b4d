import { fieldRegistry } from '@/fields/registry';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { FormSchema } from '@/schema/create-form-schema';
import type { PrefillBinding } from '@/schema/prefill-binding';
import { formatPath, type SchemaIssue } from '@/schema/schema-issues';
import { findAttribute, findSource } from './catalog/catalog';

type Path = (string | number)[];
interface Located {
  field: BaseFieldConfig;
  path: Path;
  /** Inside a repeatable group: answers are per item, which bindings do not address. */
  repeated: boolean;
}

function* locate(fields: readonly BaseFieldConfig[], path: Path, repeated: boolean): Generator<Located> {
  for (const [index, field] of fields.entries()) {
    const fieldPath = [...path, index];
    yield { field, path: fieldPath, repeated };
    const children = (field as { fields?: unknown }).fields;
    const container = fieldRegistry.has(field.type) ? fieldRegistry.of(field).container : undefined;
    if (Array.isArray(children)) {
      yield* locate(children as BaseFieldConfig[], [...fieldPath, 'fields'], repeated || container?.repeatable === true);
    }
  }
}

const isTickBox = (field: BaseFieldConfig | undefined): boolean =>
  field !== undefined && typeof fieldRegistry.of(field).emptyAnswer(field) === 'boolean';
const holdsPersonalId = (field: BaseFieldConfig | undefined): boolean =>
  field !== undefined && (fieldRegistry.of(field).prefill?.accepts.includes('citizen-id') ?? false);

function bindingIssues(
  { field, path, repeated }: Located,
  binding: PrefillBinding,
  fieldsById: ReadonlyMap<string, BaseFieldConfig>,
): SchemaIssue[] {
  const at = (key: keyof PrefillBinding, message: string): SchemaIssue => ({ path: formatPath([...path, 'prefill', key]), message });
  const prefill = fieldRegistry.of(field).prefill;
  if (!prefill) return [at('source', `A ${field.type} field cannot be pre-filled`)];
  if (repeated) return [at('source', 'Fields inside a repeatable group cannot be pre-filled')];
  const source = findSource(binding.source);
  if (!source) return [at('source', `Unknown data source "${binding.source}"`)];
  const issues: SchemaIssue[] = [];
  const attribute = findAttribute(source, binding.attribute);
  if (!attribute) {
    issues.push(at('attribute', `Data source "${source.id}" has no attribute "${binding.attribute}"`));
  } else if (!prefill.accepts.includes(attribute.kind)) {
    issues.push(
      at('attribute', `"${source.id}.${attribute.id}" is a ${attribute.kind} value; a ${field.type} field accepts ${prefill.accepts.join(', ')}`),
    );
  }
  const related = source.request.subject === 'related-person';
  for (const key of ['personField', 'consentField'] as const) {
    const named = binding[key];
    if (related && named === undefined) issues.push(at(key, `Data source "${source.id}" reads a related person: ${key} is required`));
    if (!related && named !== undefined) issues.push(at(key, `Only a related-person source takes ${key}; "${source.id}" reads the citizen's own record`));
  }
  if (related && binding.personField !== undefined && fieldsById.has(binding.personField) && !holdsPersonalId(fieldsById.get(binding.personField))) {
    issues.push(at('personField', `Field "${binding.personField}" cannot hold a personal identification number`));
  }
  if (related && binding.consentField !== undefined && fieldsById.has(binding.consentField) && !isTickBox(fieldsById.get(binding.consentField))) {
    issues.push(at('consentField', `Field "${binding.consentField}" is not a tick box the citizen can tick for consent`));
  }
  return issues;
}

/**
 * Checks a form's prefill bindings against the data-source catalog and the field registry, the
 * way the schema checks everything else: each problem with its path in the document
 * (`pages[1].fields[2].prefill.attribute`), so a department can fix the form before a citizen
 * meets it. Unknown field ids in `personField`/`consentField` are the schema's own check.
 */
export function validateBindings(schema: FormSchema): SchemaIssue[] {
  const located = schema.pages.flatMap((page, index) => [...locate(page.fields, ['pages', index, 'fields'], false)]);
  const fieldsById = new Map(located.map(({ field }) => [field.id, field]));
  const consentByPerson = new Map<string, string>();
  const issues: SchemaIssue[] = [];
  for (const entry of located) {
    const binding = entry.field.prefill;
    if (!binding) continue;
    issues.push(...bindingIssues(entry, binding, fieldsById));
    const { personField, consentField } = binding;
    if (personField === undefined || consentField === undefined) continue;
    const agreed = consentByPerson.get(personField) ?? consentField;
    consentByPerson.set(personField, agreed);
    if (agreed !== consentField) {
      issues.push({
        path: formatPath([...entry.path, 'prefill', 'consentField']),
        message: `Bindings reading the person in "${personField}" must share one consentField ("${agreed}")`,
      });
    }
  }
  return issues;
}
