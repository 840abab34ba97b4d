import { defineMessages } from '../shared/define-messages';

/** Registered under `fields:text.`. */
export const textMessages = defineMessages(
  {
    typeName: 'Một dòng chữ',
  },
  {
    typeName: 'Single line of text',
  },
);
