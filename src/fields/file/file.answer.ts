import { z } from '@/lib/zod';
import { attachmentSchema } from '@/lib/api-contract/attachments';
import { message } from '@/schema/validation-message';
import type { FileConfig } from './file.config';
import { checkFile, describeAccept } from './file.rules';

/**
 * The uploaded files' references. The rules the widget enforces before uploading are checked again
 * here, so a draft or a pre-filled value cannot smuggle in what the form does not accept.
 */
export const fileAnswerSchema = (config: FileConfig) =>
  z.array(attachmentSchema, { error: message('fields:file.errors.required') }).check(
    z.superRefine((files, ctx) => {
      if (files.length === 0) {
        if (config.required) ctx.addIssue({ code: 'custom', message: message('fields:file.errors.required') });
        return;
      }
      if (files.length > config.maxFiles) {
        ctx.addIssue({ code: 'custom', message: message('fields:file.errors.tooMany', { max: config.maxFiles }) });
        return;
      }
      for (const file of files) {
        const problem = checkFile(file, config);
        if (problem) {
          const values = { name: file.name, types: describeAccept(config.accept), max: config.maxSizeMb };
          ctx.addIssue({ code: 'custom', message: message(`fields:file.errors.${problem}`, values) });
          return;
        }
      }
    }),
  );
