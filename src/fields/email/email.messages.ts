import { defineMessages } from '../shared/define-messages';

export const emailMessages = defineMessages(
  { errors: { invalid: 'Nhập {{labelLower}} đúng định dạng, ví dụ ten@example.com' } },
  { errors: { invalid: 'Enter {{labelLower}} in the correct format, like name@example.com' } },
);
