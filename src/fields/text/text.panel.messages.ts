import { defineMessages } from '../shared/define-messages';

/** The builder panel's texts, under `fields:text.panel.`: loaded with the panel, never by citizens. */
export const textPanelMessages = defineMessages(
  {
    panel: {
      maxLength: 'Số ký tự tối đa',
      maxLengthHint: 'Từ 1 đến 2.000',
      pattern: 'Định dạng bắt buộc (biểu thức chính quy)',
      patternHint: 'Câu trả lời phải khớp toàn bộ, ví dụ ^[0-9]{12}$; để trống nếu không cần',
      patternMessage: 'Thông báo lỗi khi không đúng định dạng',
      autocomplete: 'Gợi ý tự điền của trình duyệt (autocomplete)',
      autocompleteHint: 'Ví dụ name, email, tel, street-address; để trống nếu không có',
    },
  },
  {
    panel: {
      maxLength: 'Maximum number of characters',
      maxLengthHint: 'From 1 to 2,000',
      pattern: 'Required format (regular expression)',
      patternHint: 'The whole answer must match, for example ^[0-9]{12}$; leave empty if not needed',
      patternMessage: 'Error message when the format is wrong',
      autocomplete: 'Browser autofill hint (autocomplete)',
      autocompleteHint: 'For example name, email, tel, street-address; leave empty if none',
    },
  },
);
