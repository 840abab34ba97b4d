import { lazy } from 'react';
import { defineField } from '../field-definition';
import { emailAnswerSchema } from './email.answer';
import { createEmailConfig, emailConfigSchema } from './email.config';
import { emailMessages } from './email.messages';
import { EmailRenderer } from './email.renderer';

/** An email address, where the authority sends notices and the outcome. */
export const emailField = defineField({
  type: 'email',
  version: 1,
  migrations: [],
  category: 'contact',
  layout: 'single',
  hasAnswer: true,
  configSchema: emailConfigSchema,
  create: createEmailConfig,
  answerSchema: emailAnswerSchema,
  emptyAnswer: () => '',
  formatAnswer: (answer) => (answer ?? '').trim(),
  Renderer: EmailRenderer,
  // The builder's panel loads with the builder: citizens never download it.
  Panel: lazy(() => import('./email.panel').then((module) => ({ default: module.EmailPanel }))),
  prefill: {
    accepts: ['email'],
    coerce: (raw) => (typeof raw === 'string' ? raw.trim() : undefined),
  },
  messages: emailMessages,
});
