import { defineMessages } from '../shared/define-messages';

export const yesNoMessages = defineMessages({ yes: 'Có', no: 'Không' }, { yes: 'Yes', no: 'No' });
