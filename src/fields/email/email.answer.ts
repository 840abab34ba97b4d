import { z } from '@/lib/zod';
import { message } from '@/schema/validation-message';
import { stringAnswer } from '../shared/string-answer';
import type { EmailConfig } from './email.config';

/**
 * zod's own pattern: the common shape name@domain.tld, ASCII only. Addresses with accented
 * letters exist in theory but Vietnamese mail providers do not issue them.
 */
const emailPattern = z.regexes.email;

/** Spaces around the address are forgiven (copy-paste); spaces inside are not. */
export const emailAnswerSchema = (config: EmailConfig) =>
  stringAnswer({ required: config.required, maxLength: config.maxLength }).check(
    z.superRefine((value, ctx) => {
      const text = value.trim();
      if (text !== '' && !emailPattern.test(text)) {
        ctx.addIssue({ code: 'custom', message: message('fields:email.errors.invalid') });
      }
    }),
  );
