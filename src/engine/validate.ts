import type { z } from '@/lib/zod';
import { fieldRegistry } from '@/fields/registry';
import type { BaseFieldConfig } from '@/schema/base-field';
import { conditionVariables } from '@/schema/condition';
import type { FormSchema } from '@/schema/create-form-schema';
import { authoredMessage } from '@/schema/validation-message';
import { answerValidator } from './answer-validators';
import { evaluateCondition } from './evaluate-condition';
import { isEmptyAnswer } from './is-empty-answer';
import { visibleAnswerFields, visiblePages } from './visibility';

type Answers = Readonly<Record<string, unknown>>;

/** One problem with an answer: `path` addresses the control (`thanhVien.0.hoTen`), `message` is an i18n message. */
export interface AnswerError {
  fieldId: string;
  path: string;
  message: string;
}

export const isFieldRequired = (field: BaseFieldConfig, answers: Answers): boolean =>
  field.requiredIf !== undefined ? evaluateCondition(field.requiredIf, answers) : field.required !== false;

type IssuePath = readonly (PropertyKey | { readonly key: PropertyKey })[];

/**
 * An answer's problems, read through the validator's Standard Schema interface: zod's
 * `safeParse` makes an error object for each failing answer, a third of the time of checking a
 * thousand empty answers; the interface hands back the issues alone.
 */
function answerIssues(validator: z.ZodMiniType, answer: unknown): readonly { message: string; path?: IssuePath | undefined }[] {
  const result = validator['~standard'].validate(answer);
  if (result instanceof Promise) throw new Error('Answer validators must be synchronous');
  return result.issues ?? [];
}

/** Where a zod issue inside an answer belongs: a repeatable container's own issues go to `.root`. */
function issuePath(field: BaseFieldConfig, path: IssuePath = []): string {
  if (path.length > 0) return [field.id, ...path.map((segment) => String(typeof segment === 'object' ? segment.key : segment))].join('.');
  return fieldRegistry.of(field).container?.repeatable ? `${field.id}.root` : field.id;
}

/** Validates the given (visible) fields: own rules, then cross-checks, then the form's cross-field rules. */
export function validateFields(
  schema: FormSchema,
  fields: readonly BaseFieldConfig[],
  answers: Answers,
): AnswerError[] {
  const errors: AnswerError[] = [];
  const failed = new Set<string>();
  for (const field of fields) {
    const answer = answers[field.id];
    const issues = answerIssues(answerValidator(field, isFieldRequired(field, answers)), answer);
    if (issues.length > 0) {
      failed.add(field.id);
      const seen = new Set<string>();
      for (const issue of issues) {
        const path = issuePath(field, issue.path);
        if (seen.has(path)) continue; // first problem per control is the one to fix first
        seen.add(path);
        errors.push({ fieldId: field.id, path, message: issue.message });
      }
      continue;
    }
    const crossCheck = fieldRegistry.of(field).crossCheck;
    const problem = crossCheck && !isEmptyAnswer(answer) ? crossCheck(field, answer, answers) : undefined;
    if (problem) {
      failed.add(field.id);
      errors.push({ fieldId: field.id, path: field.id, message: problem });
    }
  }
  const validated = new Set(fields.map((field) => field.id));
  for (const rule of schema.rules) {
    if (!validated.has(rule.field) || failed.has(rule.field)) continue;
    // A rule speaks only when every answer it reads is given; missing answers are "required"'s job.
    const reads = [...conditionVariables(rule.assert)];
    if (reads.some((name) => isEmptyAnswer(answers[name]))) continue;
    if (!evaluateCondition(rule.assert, answers)) {
      failed.add(rule.field);
      errors.push({ fieldId: rule.field, path: rule.field, message: authoredMessage(rule.message) });
    }
  }
  return order(errors, fields);
}

/** Errors in the order the fields appear, so the summary reads top to bottom. */
function order(errors: AnswerError[], fields: readonly BaseFieldConfig[]): AnswerError[] {
  const position = new Map(fields.map((field, index) => [field.id, index]));
  return [...errors].sort((a, b) => (position.get(a.fieldId) ?? 0) - (position.get(b.fieldId) ?? 0));
}

/** Validates one page's visible fields against all answers. */
export function validatePage(schema: FormSchema, pageId: string, answers: Answers): AnswerError[] {
  const page = schema.pages.find((candidate) => candidate.id === pageId);
  return page ? validateFields(schema, visibleAnswerFields(page.fields, answers), answers) : [];
}

/** Validates every visible page: what "submit" checks. Returns errors grouped by page id. */
export function validateForm(schema: FormSchema, answers: Answers): Map<string, AnswerError[]> {
  const byPage = new Map<string, AnswerError[]>();
  for (const page of visiblePages(schema, answers)) {
    const errors = validatePage(schema, page.id, answers);
    if (errors.length > 0) byPage.set(page.id, errors);
  }
  return byPage;
}
