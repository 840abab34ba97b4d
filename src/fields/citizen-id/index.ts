import { lazy } from 'react';
import { defineField } from '../field-definition';
import { compactCitizenId } from '../shared/citizen-id-number';
import { citizenIdAnswerSchema, crossCheckCitizenId } from './citizen-id.answer';
import { citizenIdConfigSchema, createCitizenIdConfig } from './citizen-id.config';
import { citizenIdMessages } from './citizen-id.messages';
import { CitizenIdRenderer } from './citizen-id.renderer';

/** Số định danh cá nhân (12 digits, no check digit), optionally checked against birth date and sex. */
export const citizenIdField = defineField({
  type: 'citizen-id',
  version: 1,
  migrations: [],
  category: 'identity',
  layout: 'single',
  hasAnswer: true,
  configSchema: citizenIdConfigSchema,
  create: createCitizenIdConfig,
  answerSchema: (config) => citizenIdAnswerSchema(config),
  crossCheck: crossCheckCitizenId,
  emptyAnswer: () => '',
  formatAnswer: (answer) => compactCitizenId(answer ?? ''),
  Renderer: CitizenIdRenderer,
  // The builder's panel loads with the builder: citizens never download it.
  Panel: lazy(() => import('./citizen-id.panel').then((module) => ({ default: module.CitizenIdPanel }))),
  prefill: {
    accepts: ['citizen-id'],
    coerce: (raw) => {
      if (typeof raw !== 'string') return undefined;
      const id = compactCitizenId(raw);
      return /^\d{12}$/.test(id) ? id : undefined;
    },
  },
  messages: citizenIdMessages,
});
