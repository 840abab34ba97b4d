import { choiceMessages } from '../shared/choice.messages';
import { defineMessages } from '../shared/define-messages';

export const radiosMessages = defineMessages({ errors: choiceMessages.vi }, { errors: choiceMessages.en });
