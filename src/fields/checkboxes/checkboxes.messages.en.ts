import type { MessageStrings } from '../shared/define-messages';
import { choiceMessagesEn } from '../shared/choice.messages.en';
import type { checkboxesMessages } from './checkboxes.messages';

/** English of `checkboxesMessages`, loaded when a citizen chooses English. */
export default {
  typeName: 'Choose several',
  errors: {
    ...choiceMessagesEn,
    minSelected: '{{label}}: select at least {{min}} options',
    maxSelected: '{{label}}: select no more than {{max}} options',
  },
} satisfies MessageStrings<typeof checkboxesMessages>;
