import { defineMessages } from '../shared/define-messages';

export const textareaMessages = defineMessages(
  {
    remaining: 'Bạn còn {{remaining}} ký tự',
    over: 'Bạn đã nhập quá {{over}} ký tự',
  },
  {
    remaining: 'You have {{remaining}} characters remaining',
    over: 'You have {{over}} characters too many',
  },
);
