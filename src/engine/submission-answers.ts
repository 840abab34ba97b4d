import type { FormSchema } from '@/schema/create-form-schema';
import { visibleAnswerFields, visiblePages } from './visibility';

type Answers = Readonly<Record<string, unknown>>;

/**
 * The answers that go into a submission: only those of fields the citizen could see. Hidden
 * answers stay in the draft (switching a choice back restores them) but are never filed.
 */
export function submissionAnswers(schema: FormSchema, answers: Answers): Record<string, unknown> {
  const filed: Record<string, unknown> = {};
  for (const page of visiblePages(schema, answers)) {
    for (const field of visibleAnswerFields(page.fields, answers)) filed[field.id] = answers[field.id];
  }
  return filed;
}
