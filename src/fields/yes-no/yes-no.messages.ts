import { defineMessages } from '../shared/define-messages';

export const yesNoMessages = defineMessages(
  { typeName: 'Có hoặc không', yes: 'Có', no: 'Không' },
  { typeName: 'Yes or no', yes: 'Yes', no: 'No' },
);
