import { z } from 'zod';
import { message } from '@/schema/validation-message';
import { checkTaxCode } from './tax-code.check';
import type { TaxCodeConfig } from './tax-code.config';

/** '' means unanswered; spaces are ignored and the branch dash is optional. */
export const taxCodeAnswerSchema = (config: TaxCodeConfig, now: () => Date = () => new Date()) =>
  z.string({ error: message('fields:common.errors.required') }).superRefine((value, ctx) => {
    if (value.trim() === '') {
      if (config.required) ctx.addIssue({ code: 'custom', message: message('fields:common.errors.required') });
      return;
    }
    const problem = checkTaxCode(value, { allowIndividual12: config.allowIndividual12, now: now() });
    if (problem) ctx.addIssue({ code: 'custom', message: message(`fields:tax-code.errors.${problem}`) });
  });
