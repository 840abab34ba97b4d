import type { MessageStrings } from '../shared/define-messages';
import type { citizenIdMessages } from './citizen-id.messages';

/** English of `citizenIdMessages`, loaded when a citizen chooses English. */
export default {
  typeName: 'Personal ID number',
  errors: {
    notDigits: '{{label}} must contain digits only',
    length: '{{label}} must be exactly 12 digits',
    place: '{{label}} has an invalid province or country code (first 3 digits)',
    futureBirthYear: '{{label}} is not valid: digits 4 to 6 give a birth year in the future',
    centuryMismatch: 'The 4th digit of the {{labelLower}} does not match the year of birth you gave ({{year}})',
    birthYearMismatch: 'Digits 5 and 6 of the {{labelLower}} must be {{yy}}, the last 2 digits of the year of birth you gave ({{year}})',
    sexMismatch: 'The 4th digit of the {{labelLower}} does not match the sex you gave',
  },
} satisfies MessageStrings<typeof citizenIdMessages>;
