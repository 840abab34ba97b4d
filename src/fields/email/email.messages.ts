import { defineMessages } from '../shared/define-messages';

export const emailMessages = defineMessages(
  {
    typeName: 'Thư điện tử',
    errors: { invalid: 'Nhập {{labelLower}} đúng định dạng, ví dụ ten@example.com' },
    panel: { maxLength: 'Số ký tự tối đa', maxLengthHint: 'Từ 1 đến 254, độ dài tối đa mà hệ thống thư điện tử chuyển được' },
  },
  {
    typeName: 'Email address',
    errors: { invalid: 'Enter {{labelLower}} in the correct format, like name@example.com' },
    panel: { maxLength: 'Maximum number of characters', maxLengthHint: 'From 1 to 254, the longest address mail systems deliver to' },
  },
);
