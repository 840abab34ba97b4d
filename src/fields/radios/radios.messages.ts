import { choiceMessages } from '../shared/choice.messages';
import { defineMessages } from '../shared/define-messages';

export const radiosMessages = defineMessages(
  {
    typeName: 'Chọn một',
    errors: choiceMessages.vi,
  },
  {
    typeName: 'Choose one',
    errors: choiceMessages.en,
  },
);
