import { defineField } from '../field-definition';
import { consentAnswerSchema } from './consent.answer';
import { consentConfigSchema, createConsentConfig } from './consent.config';
import { consentMessages } from './consent.messages';
import { ConsentRenderer } from './consent.renderer';

/**
 * A statement the citizen confirms with one checkbox (the declaration before submitting).
 * Deliberately not pre-fillable: a declaration is the citizen's own act.
 */
export const consentField = defineField({
  type: 'consent',
  version: 1,
  migrations: [],
  category: 'choice',
  layout: 'self',
  hasAnswer: true,
  configSchema: consentConfigSchema,
  create: createConsentConfig,
  answerSchema: consentAnswerSchema,
  emptyAnswer: () => false,
  formatAnswer: (answer, _config, { t }) => (answer === true ? t('fields:consent.confirmed') : ''),
  Renderer: ConsentRenderer,
  messages: consentMessages,
});
