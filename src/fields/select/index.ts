import { lazy } from 'react';
import { defineField } from '../field-definition';
import { matchOption, optionLabel } from '../shared/choice-options';
import { selectAnswerSchema } from './select.answer';
import { createSelectConfig, selectConfigSchema } from './select.config';
import { selectMessages } from './select.messages';
import { SelectRenderer } from './select.renderer';

/** One answer out of a list: a drop-down, or a searchable list when the list is long. */
export const selectField = defineField({
  type: 'select',
  version: 1,
  migrations: [],
  category: 'choice',
  layout: 'single',
  hasAnswer: true,
  configSchema: selectConfigSchema,
  create: createSelectConfig,
  answerSchema: selectAnswerSchema,
  emptyAnswer: () => '',
  formatAnswer: (answer, config, { locale }) => optionLabel(config.options, answer ?? '', locale),
  Renderer: SelectRenderer,
  // The builder's panel loads with the builder: citizens never download it.
  Panel: lazy(() => import('./select.panel').then((module) => ({ default: module.SelectPanel }))),
  prefill: { accepts: ['code', 'text'], coerce: (raw, config) => matchOption(config.options, raw) },
  messages: selectMessages,
});
