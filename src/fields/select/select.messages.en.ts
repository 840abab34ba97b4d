import type { MessageStrings } from '../shared/define-messages';
import { choiceMessagesEn } from '../shared/choice.messages.en';
import type { selectMessages } from './select.messages';

/** English of `selectMessages`, loaded when a citizen chooses English. */
export default {
  typeName: 'Drop-down list',
  placeholder: 'Select…',
  noResults: 'No matching results',
  truncated: 'Showing {{shown}} of {{total, number}} results; keep typing to narrow them down',
  errors: choiceMessagesEn,
} satisfies MessageStrings<typeof selectMessages>;
