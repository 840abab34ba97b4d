import { z } from '@/lib/zod';
import { documentKindSchema } from '@/schema/document-kind';

/** Path relative to the API base URL (`env.apiBaseUrl`). */
export const attachmentsPath = '/attachments';

/** Name of the multipart form-data part that holds the file in `POST /attachments`. */
export const attachmentFilePart = 'file';

/**
 * `POST /attachments` (multipart, one file in the part `file`) answers `201` with what it stored.
 * The id is what a submission carries; the content never travels inside the answers.
 */
export const attachmentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  size: z.number().check(z.int(), z.nonnegative()),
  /** MIME type as the server recorded it; may be '' when the browser did not know it. */
  type: z.string(),
  /**
   * Set when the file is an electronic document from the citizen's personal data store, chosen
   * instead of an upload: the dossier records that it was reused (the agency trusts the issuer's
   * copy) and which document it was.
   */
  reusedFrom: z.optional(z.object({ documentId: z.string().check(z.minLength(1)), kind: documentKindSchema })),
});
export type Attachment = z.infer<typeof attachmentSchema>;
