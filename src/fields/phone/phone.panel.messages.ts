import { defineMessages } from '../shared/define-messages';

/** The builder panel's texts, under `fields:phone.panel.`: loaded with the panel, never by citizens. */
export const phonePanelMessages = defineMessages(
  {
    panel: {
      allowLandline: 'Nhận cả số máy cố định',
      allowLandlineHint: 'Số cố định gồm 11 chữ số, bắt đầu bằng 02; bỏ chọn nếu cần gửi tin nhắn SMS',
    },
  },
  {
    panel: {
      allowLandline: 'Accept landline numbers too',
      allowLandlineHint: 'Landlines have 11 digits starting 02; leave unticked if text messages must be sent',
    },
  },
);
