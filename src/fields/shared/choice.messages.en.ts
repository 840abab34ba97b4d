import type { MessageStrings } from './define-messages';
import type { choiceMessages } from './choice.messages';

/** English of `choiceMessages`. */
export const choiceMessagesEn = { notAnOption: '{{label}}: the selected option is not in the list' } satisfies MessageStrings<typeof choiceMessages>;
