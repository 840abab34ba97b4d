import type { MessageStrings } from '../shared/define-messages';
import { choiceMessagesEn } from '../shared/choice.messages.en';
import type { radiosMessages } from './radios.messages';

/** English of `radiosMessages`, loaded when a citizen chooses English. */
export default {
  typeName: 'Choose one',
  errors: choiceMessagesEn,
} satisfies MessageStrings<typeof radiosMessages>;
