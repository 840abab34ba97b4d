import { choiceMessages } from '../shared/choice.messages';
import { defineFieldMessages } from '../shared/define-messages';

export const selectMessages = defineFieldMessages({
  typeName: 'Danh sách thả xuống',
  placeholder: 'Chọn…',
  noResults: 'Không tìm thấy kết quả phù hợp',
  truncated: 'Đang hiện {{shown}} trong {{total, number}} kết quả, hãy gõ thêm để thu hẹp',
  errors: choiceMessages,
});
