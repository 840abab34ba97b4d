import { choiceMessages } from '../shared/choice.messages';
import { defineFieldMessages } from '../shared/define-messages';

export const radiosMessages = defineFieldMessages({
  typeName: 'Chọn một',
  errors: choiceMessages,
});
