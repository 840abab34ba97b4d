import { lazy } from 'react';
import { defineField } from '../field-definition';
import { phoneAnswerSchema } from './phone.answer';
import { createPhoneConfig, phoneConfigSchema } from './phone.config';
import { phoneMessages } from './phone.messages';
import { formatPhone } from './phone.number';
import { PhoneRenderer } from './phone.renderer';

/** A Vietnamese mobile number (optionally a landline), typed with any grouping. */
export const phoneField = defineField({
  type: 'phone',
  version: 1,
  migrations: [],
  category: 'contact',
  layout: 'single',
  hasAnswer: true,
  configSchema: phoneConfigSchema,
  create: createPhoneConfig,
  answerSchema: phoneAnswerSchema,
  emptyAnswer: () => '',
  formatAnswer: (answer) => formatPhone(answer ?? ''),
  Renderer: PhoneRenderer,
  // The builder's panel loads with the builder: citizens never download it.
  Panel: lazy(() => import('./phone.panel').then((module) => ({ default: module.PhonePanel }))),
  prefill: {
    accepts: ['phone'],
    coerce: (raw) => (typeof raw === 'string' ? raw.trim() : undefined),
  },
  messages: phoneMessages,
});
