import { lazy } from 'react';
import { defineField } from '../field-definition';
import { formatNumberAnswer, numberAnswerSchema } from './number.answer';
import { createNumberConfig, numberConfigSchema } from './number.config';
import { numberMessages } from './number.messages';
import { NumberRenderer } from './number.renderer';

/** A whole or decimal number, typed the Vietnamese way ("1.234,5"), kept as typed. */
export const numberField = defineField({
  type: 'number',
  version: 1,
  migrations: [],
  category: 'number',
  layout: 'single',
  hasAnswer: true,
  configSchema: numberConfigSchema,
  create: createNumberConfig,
  answerSchema: numberAnswerSchema,
  emptyAnswer: () => '',
  formatAnswer: (answer, config, { locale }) => formatNumberAnswer(answer, config, locale),
  Renderer: NumberRenderer,
  // The builder's panel loads with the builder: citizens never download it.
  Panel: lazy(() => import('./number.panel').then((module) => ({ default: module.NumberPanel }))),
  prefill: {
    accepts: ['number', 'text'],
    coerce: (raw) =>
      typeof raw === 'number' && Number.isFinite(raw)
        ? String(raw).replace('.', ',')
        : typeof raw === 'string' && raw.trim() !== ''
          ? raw.trim()
          : undefined,
  },
  messages: numberMessages,
});
