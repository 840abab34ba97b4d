import { defineMessages } from '../shared/define-messages';

export const textareaMessages = defineMessages(
  {
    typeName: 'Đoạn văn',
    remaining: 'Bạn còn {{remaining}} ký tự',
    over: 'Bạn đã nhập quá {{over}} ký tự',
  },
  {
    typeName: 'Paragraph',
    remaining: 'You have {{remaining}} characters remaining',
    over: 'You have {{over}} characters too many',
  },
);
