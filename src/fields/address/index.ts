import { lazy } from 'react';
import { defineField } from '../field-definition';
import { addressAnswerSchema, emptyAddress, formatAddress } from './address.answer';
import { addressConfigSchema, createAddressConfig } from './address.config';
import { addressMessages } from './address.messages';
import { coerceAddress } from './address.prefill';
import { lazyRenderer } from '../shared/lazy-renderer';

/** A post-2025 two-level address: province (34) → commune/ward/special zone (3,321) → street. */
export const addressField = defineField({
  type: 'address',
  version: 1,
  migrations: [],
  category: 'address',
  layout: 'fieldset',
  hasAnswer: true,
  configSchema: addressConfigSchema,
  create: createAddressConfig,
  answerSchema: addressAnswerSchema,
  emptyAnswer: () => ({ ...emptyAddress }),
  formatAnswer: (answer) => formatAddress(answer),
  Renderer: lazyRenderer(async () => (await import('./address.renderer')).AddressRenderer),
  // The builder's panel loads with the builder: citizens never download it.
  Panel: lazy(() => import('./address.panel').then((module) => ({ default: module.AddressPanel }))),
  prefill: { accepts: ['address'], coerce: coerceAddress },
  messages: addressMessages,
});
