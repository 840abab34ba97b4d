import { loginToSubmitTargets } from '@/lib/api-contract/sessions';
import type { FormSchema } from '@/schema/create-form-schema';
import type { EffortRow } from './effort-table';
import { predictFormTime } from '@/engine/predict-form-time';

/** The effort of one procedure for one persona's answers, `prefilledPaths` being what the registries filled. */
export function effortRow(schema: FormSchema, persona: string, answers: Readonly<Record<string, unknown>>, prefilledPaths: readonly string[]): EffortRow {
  const filled = new Set(prefilledPaths);
  const withAutofill = predictFormTime(schema, answers, (path) => filled.has(path));
  const withoutAutofill = predictFormTime(schema, answers, () => false);
  const topLevel = Object.keys(answers);
  const prefilled = topLevel.filter((path) => filled.has(path)).length;
  return {
    formId: schema.id,
    procedureCode: schema.procedure.code,
    persona,
    answers: topLevel.length,
    prefilled,
    prefilledShare: topLevel.length === 0 ? 0 : prefilled / topLevel.length,
    withAutofillSeconds: withAutofill.seconds,
    withoutAutofillSeconds: withoutAutofill.seconds,
    meets: Object.fromEntries(loginToSubmitTargets.map((target) => [target.year, withAutofill.seconds < target.seconds])),
  };
}
