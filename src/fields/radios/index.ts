import { lazy } from 'react';
import { defineField } from '../field-definition';
import { matchOption, optionLabel } from '../shared/choice-options';
import { radiosAnswerSchema } from './radios.answer';
import { createRadiosConfig, radiosConfigSchema } from './radios.config';
import { radiosMessages } from './radios.messages';
import { RadiosRenderer } from './radios.renderer';

/** One answer out of a few options shown all at once. */
export const radiosField = defineField({
  type: 'radios',
  version: 1,
  migrations: [],
  category: 'choice',
  layout: 'fieldset',
  hasAnswer: true,
  configSchema: radiosConfigSchema,
  create: createRadiosConfig,
  answerSchema: radiosAnswerSchema,
  emptyAnswer: () => '',
  formatAnswer: (answer, config, { locale }) => optionLabel(config.options, answer ?? '', locale),
  Renderer: RadiosRenderer,
  // The builder's panel loads with the builder: citizens never download it.
  Panel: lazy(() => import('./radios.panel').then((module) => ({ default: module.RadiosPanel }))),
  prefill: { accepts: ['code', 'text'], coerce: (raw, config) => matchOption(config.options, raw) },
  messages: radiosMessages,
});
