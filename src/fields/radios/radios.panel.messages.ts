import { defineMessages } from '../shared/define-messages';

/** The builder panel's texts, under `fields:radios.panel.`: loaded with the panel, never by citizens. */
export const radiosPanelMessages = defineMessages(
  {
    panel: {
      inline: 'Xếp các lựa chọn trên cùng một dòng',
      inlineHint: 'Chỉ nên dùng cho 2 hoặc 3 lựa chọn ngắn, ví dụ Nam/Nữ',
    },
  },
  {
    panel: {
      inline: 'Show the options side by side',
      inlineHint: 'Only for 2 or 3 short options, such as Male/Female',
    },
  },
);
