import type { MessageStrings } from '../shared/define-messages';
import type { phoneMessages } from './phone.messages';

/** English of `phoneMessages`, loaded when a citizen chooses English. */
export default {
  typeName: 'Phone number',
  errors: {
    notDigits: '{{label}} must contain only digits, like 0912 345 678',
    length: '{{label}} must be 10 digits, like 0912 345 678',
    lengthOrLandline: '{{label}} must be 10 digits (mobile) or 11 digits (landline, starting 02)',
    prefix: '{{label}} does not start with a Vietnamese mobile network prefix; check the number',
    landline: '{{label}} must be a mobile number, not a landline',
  },
} satisfies MessageStrings<typeof phoneMessages>;
