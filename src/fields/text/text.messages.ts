import { defineFieldMessages } from '../shared/define-messages';

/** Registered under `fields:text.`. */
export const textMessages = defineFieldMessages({
  typeName: 'Một dòng chữ',
});
