import { lazy } from 'react';
import { z } from '@/lib/zod';
import { attachmentSchema, type Attachment } from '@/lib/api-contract/attachments';
import { defineField } from '../field-definition';
import { fileAnswerSchema } from './file.answer';
import { createFileConfig, fileConfigSchema } from './file.config';
import { fileMessages } from './file.messages';
import { formatFileSize } from './file.rules';
import { lazyRenderer } from '../shared/lazy-renderer';

const prefilledFiles = z.union([z.array(attachmentSchema), z.pipe(attachmentSchema, z.transform((file: Attachment) => [file]))]);

/** Attachments: uploaded one by one to the attachments API; the answer holds their references. */
export const fileField = defineField({
  type: 'file',
  version: 1,
  migrations: [],
  category: 'file',
  layout: 'single',
  hasAnswer: true,
  configSchema: fileConfigSchema,
  create: createFileConfig,
  answerSchema: fileAnswerSchema,
  emptyAnswer: () => [],
  formatAnswer: (answer, _config, { locale, t }) =>
    (answer ?? [])
      .map((file) => `${file.name} (${formatFileSize(file.size, locale)})${file.reusedFrom ? ` — ${t('fields:file.reuse.summary')}` : ''}`)
      .join('\n'),
  Renderer: lazyRenderer(async () => (await import('./file.renderer')).FileRenderer),
  // The builder's panel loads with the builder: citizens never download it.
  Panel: lazy(() => import('./file.panel').then((module) => ({ default: module.FilePanel }))),
  prefill: {
    /** A document already held by an agency (e.g. a certificate in the citizen's e-wallet). */
    accepts: ['document'],
    coerce: (raw) => {
      const parsed = prefilledFiles.safeParse(raw);
      return parsed.success ? parsed.data : undefined;
    },
  },
  messages: fileMessages,
});
