import type { MessageStrings } from '../shared/define-messages';
import type { consentMessages } from './consent.messages';

/** English of `consentMessages`, loaded when a citizen chooses English. */
export default {
  typeName: 'Declaration',
  confirmed: 'Confirmed',
  errors: { required: 'Tick the box to confirm before you continue' },
} satisfies MessageStrings<typeof consentMessages>;
