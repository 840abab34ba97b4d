import type { MessageStrings } from '../shared/define-messages';
import type { numberMessages } from './number.messages';

/** English of `numberMessages`, loaded when a citizen chooses English. */
export default {
  typeName: 'Number',
  errors: {
    notNumber: '{{label}} must be a number',
    notInteger: '{{label}} must be a whole number',
    tooManyDecimals: '{{label}} must have no more than {{decimals}} digits after the decimal point',
    min: '{{label}} must be {{min, number}} or more',
    max: '{{label}} must be {{max, number}} or less',
  },
} satisfies MessageStrings<typeof numberMessages>;
