import { choiceMessages } from '../shared/choice.messages';
import { defineMessages } from '../shared/define-messages';

export const radiosMessages = defineMessages(
  {
    typeName: 'Chọn một',
    errors: choiceMessages.vi,
    panel: {
      inline: 'Xếp các lựa chọn trên cùng một dòng',
      inlineHint: 'Chỉ nên dùng cho 2 hoặc 3 lựa chọn ngắn, ví dụ Nam/Nữ',
    },
  },
  {
    typeName: 'Choose one',
    errors: choiceMessages.en,
    panel: {
      inline: 'Show the options side by side',
      inlineHint: 'Only for 2 or 3 short options, such as Male/Female',
    },
  },
);
