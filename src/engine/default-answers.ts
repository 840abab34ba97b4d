import { fieldRegistry } from '@/fields/registry';
import type { FormSchema } from '@/schema/create-form-schema';
import { allAnswerFields } from './visibility';

export type Answers = Record<string, unknown>;

/**
 * The answers a new form starts from: each field's empty answer, then whatever is already known
 * (a saved draft, pre-filled values) laid over it. Unknown keys in `known` are dropped.
 */
export function defaultAnswers(schema: FormSchema, known: Readonly<Answers> = {}): Answers {
  const answers: Answers = {};
  for (const page of schema.pages) {
    for (const field of allAnswerFields(page.fields)) {
      answers[field.id] = field.id in known ? known[field.id] : fieldRegistry.of(field).emptyAnswer(field);
    }
  }
  return answers;
}
