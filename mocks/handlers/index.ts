import { attachmentHandlers } from './attachments';
import { formSchemaHandlers } from './form-schemas';
import { submissionHandlers } from './submissions';

/** Every mock endpoint, for the browser worker, the vitest server and e2e runs alike. */
export const handlers = [...formSchemaHandlers, ...submissionHandlers, ...attachmentHandlers];
