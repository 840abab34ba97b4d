/** Messages shared by several field types, under `fields:common.`. */
export const commonFieldMessages = {
  vi: {
    errors: {
      required: 'Vui lòng nhập {{labelLower}}',
      requiredChoice: 'Vui lòng chọn câu trả lời cho mục “{{label}}”',
      controlCharacters: '{{label}} có ký tự không hợp lệ',
      emoji: '{{label}} không được chứa biểu tượng cảm xúc (emoji)',
      tooLong: '{{label}} không được dài quá {{max}} ký tự',
      pattern: '{{label}} không đúng định dạng',
    },
    optional: '(không bắt buộc)',
  },
  en: {
    errors: {
      required: 'Enter {{labelLower}}',
      requiredChoice: 'Select an answer for “{{label}}”',
      controlCharacters: '{{label}} contains characters that are not allowed',
      emoji: '{{label}} must not contain emoji',
      tooLong: '{{label}} must be {{max}} characters or fewer',
      pattern: '{{label}} is not in the right format',
    },
    optional: '(optional)',
  },
};
