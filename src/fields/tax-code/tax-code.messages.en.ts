import type { MessageStrings } from '../shared/define-messages';
import type { taxCodeMessages } from './tax-code.messages';

/** English of `taxCodeMessages`, loaded when a citizen chooses English. */
export default {
  typeName: 'Tax code',
  errors: {
    format: '{{label}} must be 10 digits, 13 digits (for example 0100233488-001) or a 12-digit personal identification number',
    formatNo12: '{{label}} must be 10 digits or 13 digits (for example 0100233488-001)',
    checkDigit: '{{label}} is not correct: check the first 10 digits',
    branchSuffix: 'The last 3 digits of the {{labelLower}} (dependent unit) must be from 001 to 999',
    citizenId: 'A 12-digit {{labelLower}} must be a valid personal identification number',
  },
} satisfies MessageStrings<typeof taxCodeMessages>;
