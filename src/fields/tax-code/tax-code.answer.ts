import { message } from '@/schema/validation-message';
import { checkedStringAnswer } from '../shared/string-answer';
import { checkTaxCode } from './tax-code.check';
import type { TaxCodeConfig } from './tax-code.config';

/** '' means unanswered; spaces are ignored and the branch dash is optional. */
export const taxCodeAnswerSchema = (config: TaxCodeConfig, now: () => Date = () => new Date()) =>
  checkedStringAnswer(config.required, (value) => {
    const problem = checkTaxCode(value, { allowIndividual12: config.allowIndividual12, now: now() });
    return problem ? message(`fields:tax-code.errors.${problem}`) : undefined;
  });
