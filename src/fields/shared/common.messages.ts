import { defineFieldMessages } from './define-messages';

/** Messages shared by several field types, under `fields:common.`. */
export const commonFieldMessages = defineFieldMessages({
  errors: {
    required: 'Vui lòng nhập {{labelLower}}',
    requiredChoice: 'Vui lòng chọn câu trả lời cho mục “{{label}}”',
    controlCharacters: '{{label}} có ký tự không hợp lệ',
    emoji: '{{label}} không được chứa biểu tượng cảm xúc (emoji)',
    tooLong: '{{label}} không được dài quá {{max}} ký tự',
    pattern: '{{label}} không đúng định dạng',
  },
  optional: '(không bắt buộc)',
  /** Shown by the field host when a field cannot be drawn (a renderer bug): never a blank page. */
  failed: 'Không hiển thị được mục “{{label}}”. Những thông tin bạn đã khai vẫn được giữ nguyên.',
  failedRetry: 'Thử hiển thị lại',
  loadingField: 'Đang tải…',
});
