import type { MessageStrings } from '../shared/define-messages';
import type { textareaMessages } from './textarea.messages';

/** English of `textareaMessages`, loaded when a citizen chooses English. */
export default {
  typeName: 'Paragraph',
  remaining: 'You have {{remaining}} characters remaining',
  over: 'You have {{over}} characters too many',
} satisfies MessageStrings<typeof textareaMessages>;
