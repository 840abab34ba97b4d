import type { MessageStrings } from '../shared/define-messages';
import type { groupMessages } from './group.messages';

/** English of `groupMessages`, loaded when a citizen chooses English. */
export default { typeName: 'Question group' } satisfies MessageStrings<typeof groupMessages>;
