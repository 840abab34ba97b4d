import { defineMessages } from '../shared/define-messages';

/** The builder panel's texts, under `fields:email.panel.`: loaded with the panel, never by citizens. */
export const emailPanelMessages = defineMessages(
  {
    panel: { maxLength: 'Số ký tự tối đa', maxLengthHint: 'Từ 1 đến 254, độ dài tối đa mà hệ thống thư điện tử chuyển được' },
  },
  {
    panel: { maxLength: 'Maximum number of characters', maxLengthHint: 'From 1 to 254, the longest address mail systems deliver to' },
  },
);
