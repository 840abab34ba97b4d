import { z } from '@/lib/zod';
import { answerValidator } from '@/engine/answer-validators';
import { allAnswerFields } from '@/engine/visibility';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { FormPage, FormSchema } from '@/schema/create-form-schema';
import { fieldOptions } from './field-options';

/** A JSON Schema document (draft 2020-12), as plain JSON. */
export type JsonSchema = Record<string, unknown>;

/**
 * An answer the submission always carries: a required field with no condition on it, its page,
 * or an enclosing group. Every other answer is filed only when the citizen could see it (see
 * `engine/submission-answers`), so the schema lists it as optional.
 */
function alwaysFiled(field: BaseFieldConfig, page: FormPage): boolean {
  if (page.visibleIf !== undefined || field.visibleIf !== undefined || field.requiredIf !== undefined || field.required === false) return false;
  return !hiddenByContainer(page.fields, field.id);
}

function hiddenByContainer(fields: readonly BaseFieldConfig[], id: string, conditional = false): boolean {
  for (const field of fields) {
    if (field.id === id) return conditional;
    const children = (field as { fields?: unknown }).fields;
    if (Array.isArray(children) && hiddenByContainer(children as BaseFieldConfig[], id, conditional || field.visibleIf !== undefined)) return true;
  }
  return false;
}

/**
 * What the answer validators check in code (refinements) and JSON Schema can still say: a choice
 * is one of the options ('' for none, unless required), a multiple choice a list of them.
 */
function withOptions(schema: JsonSchema, field: BaseFieldConfig, required: boolean): JsonSchema {
  const values = fieldOptions(field)?.map((option) => option.value);
  if (!values) return schema;
  const { type: jsonType } = schema; // a JSON Schema type, not a field type
  if (jsonType === 'array') return { ...schema, items: { type: 'string', enum: values } };
  if (jsonType === 'string') return { ...schema, enum: required ? values : ['', ...values] };
  return schema;
}

/**
 * The JSON Schema of a submission's answers for one published form version, so any backend can
 * validate what it receives without running this code. Built from the engine's own answer
 * validators with `z.toJSONSchema`: shapes and types carry over; refinements (a valid số định
 * danh, a date not in the future) cannot be said in JSON Schema and are left to the backend's own
 * rules, and anything unrepresentable becomes `{}` (any value) instead of failing the export.
 */
export function answersJsonSchema(schema: FormSchema): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const page of schema.pages) {
    for (const field of allAnswerFields(page.fields)) {
      const always = alwaysFiled(field, page);
      const answer = z.toJSONSchema(answerValidator(field, always), { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as JsonSchema;
      delete answer.$schema;
      properties[field.id] = withOptions({ ...answer, title: field.label.vi }, field, always);
      if (always) required.push(field.id);
    }
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:bieu-mau:${schema.id}:v${schema.version}:answers`,
    title: `${schema.title.vi} (${schema.procedure.code}, v${schema.version})`,
    type: 'object',
    properties,
    required,
    additionalProperties: false,
  };
}
