import { choiceMessages } from '../shared/choice.messages';
import { defineMessages } from '../shared/define-messages';

export const radiosMessages = defineMessages(
  {
    errors: choiceMessages.vi,
    panel: {
      inline: 'Xếp các lựa chọn trên cùng một dòng',
      inlineHint: 'Chỉ nên dùng cho 2 hoặc 3 lựa chọn ngắn, ví dụ Nam/Nữ',
    },
  },
  {
    errors: choiceMessages.en,
    panel: {
      inline: 'Show the options side by side',
      inlineHint: 'Only for 2 or 3 short options, such as Male/Female',
    },
  },
);
