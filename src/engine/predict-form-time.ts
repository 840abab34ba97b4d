import { klmOf } from '@/fields/klm';
import { isFieldVisible, visibleAnswerFields, visiblePages } from '@/engine/visibility';
import { fieldRegistry } from '@/fields/registry';
import { klm, reviewPrefilled, sumKlm, type KlmEstimate } from '@/klm/estimate';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { FormSchema } from '@/schema/create-form-schema';

type Answers = Readonly<Record<string, unknown>>;

/**
 * What the portal adds around the form, in KLM terms plus the waits KLM leaves out (system
 * response). Our own assumptions, stated so they can be argued with:
 * - sign in with VNeID: choose the button (M P B), confirm in the VNeID app (M P B), ~5 s of redirects;
 * - each page: press "Tiếp tục" (M P B), ~1 s to show the next page;
 * - check your answers: scan each page's answers (M per page), press "Nộp hồ sơ" (P B), ~2 s to file.
 */
export const portalOverhead = {
  signIn: sumKlm([klm('M', 'P', 'B', 'M', 'P', 'B'), { operators: [], seconds: 5 }]),
  perPage: sumKlm([klm('M', 'P', 'B'), { operators: [], seconds: 1 }]),
  checkAnswers: (pages: number): KlmEstimate => sumKlm([klm(['M', pages], 'P', 'B'), { operators: [], seconds: 2 }]),
};

export interface FormPrediction {
  /** Predicted login→submit seconds. */
  seconds: number;
  /** Answers the citizen gives or reviews (items of repeatable groups counted one by one). */
  answers: number;
  prefilled: number;
  /** Seconds spent on the fields alone, the rest being the portal's overhead. */
  fieldSeconds: number;
}

/** One answer: typed by hand (the type's own recipe) or only reviewed when the registries filled it. */
function answerEstimate(field: BaseFieldConfig, path: string, isPrefilled: (path: string) => boolean): KlmEstimate {
  return isPrefilled(path) ? reviewPrefilled() : klmOf(field);
}

function fieldEstimates(
  field: BaseFieldConfig,
  answers: Answers,
  isPrefilled: (path: string) => boolean,
  count: (path: string) => void,
): KlmEstimate[] {
  const definition = fieldRegistry.of(field);
  if (!definition.container?.repeatable) {
    count(field.id);
    return [answerEstimate(field, field.id, isPrefilled)];
  }
  const items = Array.isArray(answers[field.id]) ? (answers[field.id] as Answers[]) : [];
  const estimates = [klmOf(field)];
  items.forEach((item, index) => {
    for (const child of visibleAnswerFields(definition.container?.children(field) ?? [], { ...answers, ...item })) {
      const path = `${field.id}.${index}.${child.id}`;
      count(path);
      estimates.push(answerEstimate(child, path, isPrefilled));
    }
  });
  return estimates;
}

/**
 * Keystroke-Level-Model prediction of login→submit for a form filled with `answers`, where the
 * answer paths `isPrefilled` accepts were filled by the registries (pass `() => false` for the
 * same form without auto-fill). Pure; the recipes are each field type's `klm`.
 */
export function predictFormTime(schema: FormSchema, answers: Answers, isPrefilled: (path: string) => boolean): FormPrediction {
  const pages = visiblePages(schema, answers);
  let answerCount = 0;
  let prefilled = 0;
  const fields: KlmEstimate[] = [];
  for (const page of pages) {
    // Content blocks are read, not answered.
    for (const block of page.fields) {
      const definition = fieldRegistry.of(block);
      if (!definition.hasAnswer && !definition.container && isFieldVisible(block, answers)) fields.push(klmOf(block));
    }
    for (const field of visibleAnswerFields(page.fields, answers)) {
      fields.push(
        ...fieldEstimates(field, answers, isPrefilled, (path) => {
          answerCount += 1;
          if (isPrefilled(path)) prefilled += 1;
        }),
      );
    }
  }
  const fieldSeconds = sumKlm(fields).seconds;
  const overhead = sumKlm([portalOverhead.signIn, ...pages.map(() => portalOverhead.perPage), portalOverhead.checkAnswers(pages.length)]);
  return {
    seconds: Math.round((fieldSeconds + overhead.seconds) * 10) / 10,
    answers: answerCount,
    prefilled,
    fieldSeconds,
  };
}
