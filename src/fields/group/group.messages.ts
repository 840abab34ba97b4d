import { defineFieldMessages } from '../shared/define-messages';

export const groupMessages = defineFieldMessages({ typeName: 'Nhóm câu hỏi' });
