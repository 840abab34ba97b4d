import { z } from 'zod';
import { message } from '@/schema/validation-message';
import type { PhoneConfig } from './phone.config';
import { phoneProblem } from './phone.number';

/** The answer is the number as typed ('' = unanswered); separators are ignored when checking. */
export const phoneAnswerSchema = (config: PhoneConfig) =>
  z.string({ error: message('fields:common.errors.required') }).superRefine((value, ctx) => {
    if (value.trim() === '') {
      if (config.required) ctx.addIssue({ code: 'custom', message: message('fields:common.errors.required') });
      return;
    }
    const problem = phoneProblem(value, config.allowLandline);
    if (problem === 'length' && config.allowLandline) {
      ctx.addIssue({ code: 'custom', message: message('fields:phone.errors.lengthOrLandline') });
    } else if (problem) {
      ctx.addIssue({ code: 'custom', message: message(`fields:phone.errors.${problem}`) });
    }
  });
