import type { MessageStrings } from '../shared/define-messages';
import type { contentMessages } from './content.messages';

/** English of `contentMessages`, loaded when a citizen chooses English. */
export default {
  typeName: 'Content block',
  warning: 'Warning',
} satisfies MessageStrings<typeof contentMessages>;
