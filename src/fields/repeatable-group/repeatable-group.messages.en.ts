import type { MessageStrings } from '../shared/define-messages';
import type { repeatableGroupMessages } from './repeatable-group.messages';

/** English of `repeatableGroupMessages`, loaded when a citizen chooses English. */
export default {
  typeName: 'Repeating group',
  errors: {
    minItems_one: 'Add at least {{count}} {{itemEn}}',
    minItems_other: 'Add at least {{count}} entries ({{itemEn}})',
    maxItems_one: 'You can add no more than {{count}} {{itemEn}}',
    maxItems_other: 'You can add no more than {{count}} entries ({{itemEn}})',
  },
  itemHeading: '{{item}} {{number}}',
  add: 'Add {{item}}',
  remove: 'Remove',
  removeItem: 'Remove {{item}} {{number}}',
  empty: 'No {{item}} added yet.',
  maxReached: 'The maximum ({{max}}) has been reached. To add another, remove one first.',
  added: '{{item}} {{number}} added.',
  removed: '{{item}} {{number}} removed.',
} satisfies MessageStrings<typeof repeatableGroupMessages>;
