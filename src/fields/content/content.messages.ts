import { defineMessages } from '../shared/define-messages';

export const contentMessages = defineMessages(
  {
    typeName: 'Đoạn nội dung',
    warning: 'Cảnh báo',
  },
  {
    typeName: 'Content block',
    warning: 'Warning',
  },
);
