import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';
import { documentKindSchema } from '@/schema/document-kind';

/** `.pdf` (extension), `image/png` (MIME type) or `image/*` (any image). */
const acceptEntrySchema = z
  .string()
  .check(z.regex(/^(\.[a-z0-9]+|[a-z]+\/(\*|[a-z0-9.+-]+))$/i, { error: 'Use an extension (.pdf) or a MIME type (image/png)' }));

export const fileConfigSchema = z.object({
  type: z.literal('file'),
  ...baseFieldShape,
  accept: z._default(z.array(acceptEntrySchema).check(z.minLength(1)), ['.pdf', '.jpg', '.jpeg', '.png']),
  maxSizeMb: z._default(z.number().check(z.positive(), z.maximum(100)), 10),
  /** At least one file when required; at most this many. */
  maxFiles: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(20)), 1),
  /**
   * Kinds of electronic documents from the citizen's personal data store that may be attached
   * instead of an upload (once-only: the state does not ask for a paper copy of what it issued).
   */
  reuse: z._default(z.array(documentKindSchema), []),
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
