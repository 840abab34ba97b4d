import type { CheckboxesConfig } from './checkboxes.config';

export const checkboxesExamples = {
  default: {
    type: 'checkboxes', id: 'giayToKemTheo', label: { vi: 'Giấy tờ nộp kèm', en: 'Documents enclosed' },
    hint: { vi: 'Chọn tất cả giấy tờ bạn nộp kèm hồ sơ', en: 'Select all documents you are enclosing' },
    required: true,
    options: [
      { value: 'giay-khai-sinh', label: { vi: 'Bản sao Giấy khai sinh', en: 'Copy of the birth certificate' } },
      { value: 'giay-ket-hon', label: { vi: 'Bản sao Giấy chứng nhận kết hôn', en: 'Copy of the marriage certificate' } },
      {
        value: 'giay-uy-quyen', label: { vi: 'Văn bản ủy quyền', en: 'Letter of authorisation' },
        hint: { vi: 'Nếu nộp thay người khác', en: 'If you apply on someone else’s behalf' },
      },
    ],
  },
  supportNeeds: {
    type: 'checkboxes', id: 'hoTroCanThiet', label: { vi: 'Bạn cần hỗ trợ gì khi đến nhận kết quả?', en: 'What support do you need when collecting the result?' },
    required: false, maxSelected: 2,
    options: [
      { value: 'xe-lan', label: { vi: 'Lối đi cho xe lăn', en: 'Wheelchair access' } },
      { value: 'phien-dich', label: { vi: 'Phiên dịch tiếng dân tộc', en: 'Ethnic-language interpreter' } },
      { value: 'ngon-ngu-ky-hieu', label: { vi: 'Phiên dịch ngôn ngữ ký hiệu', en: 'Sign-language interpreter' } },
    ],
  },
} satisfies { default: CheckboxesConfig } & Record<string, CheckboxesConfig>;
