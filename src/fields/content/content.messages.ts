import { defineFieldMessages } from '../shared/define-messages';

export const contentMessages = defineFieldMessages({
  typeName: 'Đoạn nội dung',
  warning: 'Cảnh báo',
});
