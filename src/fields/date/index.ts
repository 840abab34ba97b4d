import { lazy } from 'react';
import { defineField } from '../field-definition';
import { dateAnswerSchema } from './date.answer';
import { toIsoDate } from './date.clock';
import { createDateConfig, dateConfigSchema } from './date.config';
import { dateMessages } from './date.messages';
import { displayDate, readDate } from './date.parse';
import { DateRenderer } from './date.renderer';

/** Registries send ISO dates, sometimes with a time part; people send dd/mm/yyyy. */
function coerceDate(raw: unknown): string | undefined {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : toIsoDate(raw);
  if (typeof raw !== 'string') return undefined;
  const reading = readDate(/^\d{4}-\d{2}-\d{2}T/.test(raw) ? raw.slice(0, 10) : raw);
  return reading.kind === 'date' ? reading.iso : undefined;
}

/** A calendar date typed as dd/mm/yyyy in one box, stored as ISO yyyy-mm-dd. */
export const dateField = defineField({
  type: 'date',
  version: 1,
  migrations: [],
  category: 'date',
  layout: 'single',
  hasAnswer: true,
  configSchema: dateConfigSchema,
  create: createDateConfig,
  answerSchema: dateAnswerSchema,
  emptyAnswer: () => '',
  formatAnswer: (answer) => displayDate((answer ?? '').trim()),
  Renderer: DateRenderer,
  // The builder's panel loads with the builder: citizens never download it.
  Panel: lazy(() => import('./date.panel').then((module) => ({ default: module.DatePanel }))),
  prefill: { accepts: ['date'], coerce: coerceDate },
  messages: dateMessages,
});
