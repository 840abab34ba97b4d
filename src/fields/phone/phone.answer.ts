import { message } from '@/schema/validation-message';
import { checkedStringAnswer } from '../shared/string-answer';
import type { PhoneConfig } from './phone.config';
import { phoneProblem } from './phone.number';

/** The answer is the number as typed ('' = unanswered); separators are ignored when checking. */
export const phoneAnswerSchema = (config: PhoneConfig) =>
  checkedStringAnswer(config.required, (value) => {
    const problem = phoneProblem(value, config.allowLandline);
    if (problem === 'length' && config.allowLandline) return message('fields:phone.errors.lengthOrLandline');
    return problem ? message(`fields:phone.errors.${problem}`) : undefined;
  });
