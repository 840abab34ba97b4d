import { lazy } from 'react';
import { defineField } from '../field-definition';
import { matchOption } from '../shared/choice-options';
import { checkboxesAnswerSchema, formatCheckboxesAnswer } from './checkboxes.answer';
import { checkboxesConfigSchema, createCheckboxesConfig, type CheckboxesConfig } from './checkboxes.config';
import { checkboxesMessages } from './checkboxes.messages';
import { CheckboxesRenderer } from './checkboxes.renderer';

/** A list of codes (or names) from a registry; every one must be an option, or nothing is filled. */
function coerceValues(raw: unknown, config: CheckboxesConfig): string[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const values = raw.map((item) => matchOption(config.options, item));
  if (values.some((value) => value === undefined)) return undefined;
  return config.options.map((option) => option.value).filter((option) => values.includes(option));
}

/** Any number of options, each a checkbox. */
export const checkboxesField = defineField({
  type: 'checkboxes',
  version: 1,
  migrations: [],
  category: 'choice',
  layout: 'fieldset',
  hasAnswer: true,
  configSchema: checkboxesConfigSchema,
  create: createCheckboxesConfig,
  answerSchema: checkboxesAnswerSchema,
  emptyAnswer: () => [],
  formatAnswer: (answer, config, { locale }) => formatCheckboxesAnswer(answer, config, locale),
  Renderer: CheckboxesRenderer,
  // The builder's panel loads with the builder: citizens never download it.
  Panel: lazy(() => import('./checkboxes.panel').then((module) => ({ default: module.CheckboxesPanel }))),
  prefill: { accepts: ['code-list'], coerce: coerceValues },
  messages: checkboxesMessages,
});
