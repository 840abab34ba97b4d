import { defineFieldMessages } from '../shared/define-messages';

export const textareaMessages = defineFieldMessages({
  typeName: 'Đoạn văn',
  remaining: 'Bạn còn {{remaining}} ký tự',
  over: 'Bạn đã nhập quá {{over}} ký tự',
});
