import { defineMessages } from '../shared/define-messages';

export const contentMessages = defineMessages({ warning: 'Cảnh báo' }, { warning: 'Warning' });
