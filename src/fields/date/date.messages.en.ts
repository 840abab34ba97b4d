import type { MessageStrings } from '../shared/define-messages';
import type { dateMessages } from './date.messages';

/** English of `dateMessages`, loaded when a citizen chooses English. */
export default {
  typeName: 'Date',
  example: 'For example, 27/03/2019',
  errors: {
    invalidFormat: '{{label}} must be a day, month and year, like 27/03/2019',
    notReal: '{{label}} must be a real date; check the day and month',
    future: '{{label}} must be today or in the past',
    past: '{{label}} must be today or in the future',
    min: '{{label}} must be on or after {{min}}',
    max: '{{label}} must be on or before {{max}}',
    ageTooLow: 'The {{labelLower}} entered shows the person is under {{years}}',
    ageTooHigh: 'The {{labelLower}} entered shows the person is over {{years}}',
  },
} satisfies MessageStrings<typeof dateMessages>;
