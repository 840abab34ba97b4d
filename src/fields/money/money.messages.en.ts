import type { MessageStrings } from '../shared/define-messages';
import type { moneyMessages } from './money.messages';

/** English of `moneyMessages`, loaded when a citizen chooses English. */
export default {
  typeName: 'Amount of money',
  unit: 'VND',
  errors: {
    notAmount: '{{label}} must be a whole amount in digits, for example 1,500,000',
    min: '{{label}} must be VND {{min, number}} or more',
    max: '{{label}} must be VND {{max, number}} or less',
  },
} satisfies MessageStrings<typeof moneyMessages>;
