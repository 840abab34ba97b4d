import { lazy } from 'react';
import { z } from '@/lib/zod';
import { defineField } from '../field-definition';
import { contentConfigSchema, createContentConfig } from './content.config';
import { contentMessages } from './content.messages';
import { ContentRenderer } from './content.renderer';

/** Display-only text between questions; collects no answer. */
export const contentField = defineField({
  type: 'content',
  version: 1,
  migrations: [],
  category: 'content',
  layout: 'self',
  hasAnswer: false,
  configSchema: contentConfigSchema,
  create: createContentConfig,
  // Absent, and nothing else: also representable in the exported JSON Schema (`not: {}`).
  answerSchema: () => z.optional(z.never()),
  emptyAnswer: () => undefined,
  formatAnswer: () => '',
  Renderer: ContentRenderer,
  // The builder's panel loads with the builder: citizens never download it.
  Panel: lazy(() => import('./content.panel').then((module) => ({ default: module.ContentPanel }))),
  messages: contentMessages,
});
