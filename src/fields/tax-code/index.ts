import { lazy } from 'react';
import { defineField } from '../field-definition';
import { taxCodeAnswerSchema } from './tax-code.answer';
import { looksLikeTaxCode, normalizeTaxCode } from './tax-code.check';
import { createTaxCodeConfig, taxCodeConfigSchema } from './tax-code.config';
import { taxCodeMessages } from './tax-code.messages';
import { TaxCodeRenderer } from './tax-code.renderer';

/** Mã số thuế: 10 digits with a check digit, a branch's 13 digits, or an individual's 12-digit số định danh. */
export const taxCodeField = defineField({
  type: 'tax-code',
  version: 1,
  migrations: [],
  category: 'identity',
  layout: 'single',
  hasAnswer: true,
  configSchema: taxCodeConfigSchema,
  create: createTaxCodeConfig,
  answerSchema: (config) => taxCodeAnswerSchema(config),
  emptyAnswer: () => '',
  formatAnswer: (answer) => normalizeTaxCode(answer ?? ''),
  Renderer: TaxCodeRenderer,
  // The builder's panel loads with the builder: citizens never download it.
  Panel: lazy(() => import('./tax-code.panel').then((module) => ({ default: module.TaxCodePanel }))),
  prefill: {
    accepts: ['tax-code', 'citizen-id'],
    coerce: (raw) => (typeof raw === 'string' && looksLikeTaxCode(raw) ? normalizeTaxCode(raw) : undefined),
  },
  messages: taxCodeMessages,
});
