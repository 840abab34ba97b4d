import { message } from '@/schema/validation-message';
import { checkCitizenId, compactCitizenId, decodeCitizenId } from '../shared/citizen-id-number';
import { checkedStringAnswer } from '../shared/string-answer';
import type { CitizenIdConfig } from './citizen-id.config';

/** '' means unanswered; spaces typed between digit groups are ignored. */
export const citizenIdAnswerSchema = (config: CitizenIdConfig, now: () => Date = () => new Date()) =>
  checkedStringAnswer(config.required, (value) => {
    const problem = checkCitizenId(compactCitizenId(value), now());
    return problem ? message(`fields:citizen-id.errors.${problem}`) : undefined;
  });

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks the number against the date of birth and sex declared elsewhere in the form. Silent
 * when either answer is missing or the number itself is malformed (its own validator says so).
 */
export function crossCheckCitizenId(
  config: CitizenIdConfig,
  answer: string,
  answers: Readonly<Record<string, unknown>>,
): string | undefined {
  const info = decodeCitizenId(compactCitizenId(answer ?? ''));
  if (!info) return undefined;
  const dob = config.dateOfBirthField ? answers[config.dateOfBirthField] : undefined;
  const year = typeof dob === 'string' ? isoDate.exec(dob)?.[1] : undefined;
  if (year !== undefined) {
    const birthYear = Number(year);
    if (Math.floor(birthYear / 100) * 100 !== info.century) {
      return message('fields:citizen-id.errors.centuryMismatch', { year: birthYear });
    }
    if (birthYear !== info.birthYear) {
      return message('fields:citizen-id.errors.birthYearMismatch', { year: birthYear, yy: year.slice(2) });
    }
  }
  const sex = config.sexField ? answers[config.sexField] : undefined;
  const declared = sex === config.sexValues.male ? 'male' : sex === config.sexValues.female ? 'female' : undefined;
  if (declared && declared !== info.sex) return message('fields:citizen-id.errors.sexMismatch');
  return undefined;
}
