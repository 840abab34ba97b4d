import { lazy } from 'react';
import { defineField } from '../field-definition';
import { normalizeSpaces } from '../shared/text-rules';
import { textAnswerSchema } from './text.answer';
import { createTextConfig, textConfigSchema } from './text.config';
import { textMessages } from './text.messages';
import { TextRenderer } from './text.renderer';

/** A single line of text. */
export const textField = defineField({
  type: 'text',
  version: 1,
  migrations: [],
  category: 'text',
  layout: 'single',
  hasAnswer: true,
  configSchema: textConfigSchema,
  create: createTextConfig,
  answerSchema: textAnswerSchema,
  emptyAnswer: () => '',
  formatAnswer: (answer) => normalizeSpaces(answer ?? ''),
  Renderer: TextRenderer,
  // The builder's panel loads with the builder: citizens never download it.
  Panel: lazy(() => import('./text.panel').then((module) => ({ default: module.TextPanel }))),
  prefill: {
    accepts: ['text', 'code', 'citizen-id', 'tax-code', 'phone', 'email'],
    coerce: (raw) => (typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined),
  },
  messages: textMessages,
});
