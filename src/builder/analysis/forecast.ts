import { klmOf } from '@/fields/klm';
import { defaultAnswers } from '@/engine/default-answers';
import { predictFormTime } from '@/engine/predict-form-time';
import { visibleAnswerFields, visiblePages } from '@/engine/visibility';
import { fieldRegistry } from '@/fields/registry';
import { reviewPrefilled } from '@/klm/estimate';
import { loginToSubmitTargets } from '@/lib/api-contract/sessions';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { FormSchema } from '@/schema/create-form-schema';
import { findCatalogAttribute, type SourceCatalog } from './source-catalog';

/** How a forecast stands against one of the government's login→submit targets. */
export interface TargetComparison {
  year: number;
  targetSeconds: number;
  withAutofill: { meets: boolean; marginSeconds: number };
  withoutAutofill: { meets: boolean; marginSeconds: number };
}

/** A field the citizen spends long on: what the author should look at first. */
export interface SlowField {
  fieldId: string;
  pageId: string;
  seconds: number;
}

export interface CompletionForecast {
  /** Login→submit seconds when bound fields come pre-filled (reviewed, not typed). */
  withAutofillSeconds: number;
  /** The same path with every answer typed: what the bindings save. */
  withoutAutofillSeconds: number;
  answers: number;
  prefilled: number;
  targets: TargetComparison[];
  slowest: SlowField[];
}

/** Only a binding the catalog can serve fills anything; a dangling one is typed after all. */
const prefilledIds = (schema: FormSchema, catalog: SourceCatalog): Set<string> => {
  const ids = new Set<string>();
  const visit = (fields: readonly BaseFieldConfig[]) => {
    for (const field of fields) {
      const binding = field.prefill;
      if (binding && findCatalogAttribute(catalog, binding.source, binding.attribute)) ids.add(field.id);
      visit(fieldRegistry.of(field).container?.children(field) ?? []);
    }
  };
  for (const page of schema.pages) visit(page.fields);
  return ids;
};

const compare = (seconds: number, target: number) => ({ meets: seconds < target, marginSeconds: Math.round((target - seconds) * 10) / 10 });

/**
 * Keystroke-Level-Model forecast of login→submit for the form as authored, over the path a
 * citizen who changes no default takes (`defaultAnswers`): with and without auto-fill, against
 * the 8-minute (2025) and 5-minute (2026) targets, with the slowest fields so the author knows
 * where time goes. A forecast, not a measurement: session timing reports what citizens really took.
 */
export function forecastCompletion(schema: FormSchema, catalog: SourceCatalog, slowestCount = 5): CompletionForecast {
  const answers = defaultAnswers(schema);
  const bound = prefilledIds(schema, catalog);
  const isPrefilled = (path: string) => bound.has(path);
  const withAutofill = predictFormTime(schema, answers, isPrefilled);
  const withoutAutofill = predictFormTime(schema, answers, () => false);
  const slowest = visiblePages(schema, answers)
    .flatMap((page) =>
      visibleAnswerFields(page.fields, answers).map((field) => ({
        fieldId: field.id,
        pageId: page.id,
        seconds: (isPrefilled(field.id) ? reviewPrefilled() : klmOf(field)).seconds,
      })),
    )
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, slowestCount);
  return {
    withAutofillSeconds: withAutofill.seconds,
    withoutAutofillSeconds: withoutAutofill.seconds,
    answers: withAutofill.answers,
    prefilled: withAutofill.prefilled,
    targets: loginToSubmitTargets.map((target) => ({
      year: target.year,
      targetSeconds: target.seconds,
      withAutofill: compare(withAutofill.seconds, target.seconds),
      withoutAutofill: compare(withoutAutofill.seconds, target.seconds),
    })),
    slowest,
  };
}
