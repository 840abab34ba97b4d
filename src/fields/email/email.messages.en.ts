import type { MessageStrings } from '../shared/define-messages';
import type { emailMessages } from './email.messages';

/** English of `emailMessages`, loaded when a citizen chooses English. */
export default {
  typeName: 'Email address',
  errors: { invalid: 'Enter {{labelLower}} in the correct format, like name@example.com' },
} satisfies MessageStrings<typeof emailMessages>;
