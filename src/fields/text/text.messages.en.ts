import type { MessageStrings } from '../shared/define-messages';
import type { textMessages } from './text.messages';

/** English of `textMessages`, loaded when a citizen chooses English. */
export default {
  typeName: 'Single line of text',
} satisfies MessageStrings<typeof textMessages>;
