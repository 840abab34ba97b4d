import { defineFieldMessages } from '../shared/define-messages';

export const yesNoMessages = defineFieldMessages({ typeName: 'Có hoặc không', yes: 'Có', no: 'Không' });
