import { fieldRegistry } from '@/fields/registry';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { FormPage, FormSchema } from '@/schema/create-form-schema';
import { evaluateCondition } from './evaluate-condition';

type Answers = Readonly<Record<string, unknown>>;

export const isFieldVisible = (field: BaseFieldConfig, answers: Answers): boolean =>
  field.visibleIf === undefined || evaluateCondition(field.visibleIf, answers);

export const isPageVisible = (page: FormPage, answers: Answers): boolean =>
  page.visibleIf === undefined || evaluateCondition(page.visibleIf, answers);

/** Pages the citizen goes through, given the answers so far. */
export const visiblePages = (schema: FormSchema, answers: Answers): FormPage[] =>
  schema.pages.filter((page) => isPageVisible(page, answers));

/**
 * Answer-bearing fields that are visible, in page order. Non-repeatable containers are opened
 * (their children answer at the top level); a repeatable container is one field whose answer
 * holds its items. A hidden container hides everything inside it.
 */
export function visibleAnswerFields(fields: readonly BaseFieldConfig[], answers: Answers): BaseFieldConfig[] {
  const found: BaseFieldConfig[] = [];
  for (const field of fields) {
    if (!isFieldVisible(field, answers)) continue;
    const definition = fieldRegistry.of(field);
    if (definition.container && !definition.container.repeatable) {
      found.push(...visibleAnswerFields(definition.container.children(field), answers));
    } else if (definition.hasAnswer) {
      found.push(field);
    }
  }
  return found;
}

/** Every answer-bearing field of the form whatever the answers (for defaults and indexes). */
export function allAnswerFields(fields: readonly BaseFieldConfig[]): BaseFieldConfig[] {
  return fields.flatMap((field) => {
    const definition = fieldRegistry.of(field);
    if (definition.container && !definition.container.repeatable) {
      return allAnswerFields(definition.container.children(field));
    }
    return definition.hasAnswer ? [field] : [];
  });
}
