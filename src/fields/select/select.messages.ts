import { choiceMessages } from '../shared/choice.messages';
import { defineMessages } from '../shared/define-messages';

export const selectMessages = defineMessages(
  {
    typeName: 'Danh sách thả xuống',
    placeholder: 'Chọn…',
    noResults: 'Không tìm thấy kết quả phù hợp',
    truncated: 'Đang hiện {{shown}} trong {{total, number}} kết quả, hãy gõ thêm để thu hẹp',
    errors: choiceMessages.vi,
  },
  {
    typeName: 'Drop-down list',
    placeholder: 'Select…',
    noResults: 'No matching results',
    truncated: 'Showing {{shown}} of {{total, number}} results; keep typing to narrow them down',
    errors: choiceMessages.en,
  },
);
