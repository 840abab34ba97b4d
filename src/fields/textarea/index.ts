import { lazy } from 'react';
import { defineField } from '../field-definition';
import { formatTextareaAnswer, textareaAnswerSchema } from './textarea.answer';
import { createTextareaConfig, textareaConfigSchema } from './textarea.config';
import { textareaMessages } from './textarea.messages';
import { TextareaRenderer } from './textarea.renderer';

/** Several lines of free text (a reason, a description). */
export const textareaField = defineField({
  type: 'textarea',
  version: 1,
  migrations: [],
  category: 'text',
  layout: 'single',
  hasAnswer: true,
  configSchema: textareaConfigSchema,
  create: createTextareaConfig,
  answerSchema: textareaAnswerSchema,
  emptyAnswer: () => '',
  formatAnswer: (answer) => formatTextareaAnswer(answer),
  Renderer: TextareaRenderer,
  // The builder's panel loads with the builder: citizens never download it.
  Panel: lazy(() => import('./textarea.panel').then((module) => ({ default: module.TextareaPanel }))),
  prefill: {
    accepts: ['text', 'long-text'],
    coerce: (raw) => (typeof raw === 'string' ? raw : undefined),
  },
  messages: textareaMessages,
});
