import { apiRequest } from './api-client';
import { attachmentFilePart, attachmentSchema, attachmentsPath, type Attachment } from './api-contract/attachments';

/**
 * Uploads one file as multipart form data and returns what the server stored. Throws `ApiError`
 * (network, HTTP status, or a response outside the contract); an abort rethrows the abort reason.
 */
export function uploadAttachment(file: File, options: { signal?: AbortSignal } = {}): Promise<Attachment> {
  const body = new FormData();
  body.append(attachmentFilePart, file, file.name);
  return apiRequest(attachmentsPath, { method: 'POST', body, schema: attachmentSchema, signal: options.signal });
}
