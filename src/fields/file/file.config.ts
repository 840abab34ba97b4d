import { z } from 'zod';
import { baseFieldShape } from '@/schema/base-field';
import { documentKindSchema } from '@/schema/document-kind';

/** `.pdf` (extension), `image/png` (MIME type) or `image/*` (any image). */
const acceptEntrySchema = z
  .string()
  .regex(/^(\.[a-z0-9]+|[a-z]+\/(\*|[a-z0-9.+-]+))$/i, { error: 'Use an extension (.pdf) or a MIME type (image/png)' });

export const fileConfigSchema = z.object({
  type: z.literal('file'),
  ...baseFieldShape,
  accept: z.array(acceptEntrySchema).min(1).default(['.pdf', '.jpg', '.jpeg', '.png']),
  maxSizeMb: z.number().positive().max(100).default(10),
  /** At least one file when required; at most this many. */
  maxFiles: z.number().int().min(1).max(20).default(1),
  /**
   * Kinds of electronic documents from the citizen's personal data store that may be attached
   * instead of an upload (once-only: the state does not ask for a paper copy of what it issued).
   */
  reuse: z.array(documentKindSchema).default([]),
});
export type FileConfig = z.infer<typeof fileConfigSchema>;

export const createFileConfig = (id: string): FileConfig => ({
  type: 'file',
  id,
  label: { vi: 'Tệp đính kèm', en: 'Attachment' },
  required: true,
  accept: ['.pdf', '.jpg', '.jpeg', '.png'],
  maxSizeMb: 10,
  maxFiles: 1,
  reuse: [],
});
