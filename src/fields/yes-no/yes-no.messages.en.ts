import type { MessageStrings } from '../shared/define-messages';
import type { yesNoMessages } from './yes-no.messages';

/** English of `yesNoMessages`, loaded when a citizen chooses English. */
export default { typeName: 'Yes or no', yes: 'Yes', no: 'No' } satisfies MessageStrings<typeof yesNoMessages>;
