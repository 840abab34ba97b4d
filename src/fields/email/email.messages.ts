import { defineMessages } from '../shared/define-messages';

export const emailMessages = defineMessages(
  {
    typeName: 'Thư điện tử',
    errors: { invalid: 'Nhập {{labelLower}} đúng định dạng, ví dụ ten@example.com' },
  },
  {
    typeName: 'Email address',
    errors: { invalid: 'Enter {{labelLower}} in the correct format, like name@example.com' },
  },
);
