import { defineFieldMessages } from '../shared/define-messages';

export const emailMessages = defineFieldMessages({
  typeName: 'Thư điện tử',
  errors: { invalid: 'Nhập {{labelLower}} đúng định dạng, ví dụ ten@example.com' },
});
