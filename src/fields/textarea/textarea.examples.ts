import type { TextareaConfig } from './textarea.config';

export const textareaExamples = {
  default: {
    type: 'textarea', id: 'noiDung', label: { vi: 'Nội dung đề nghị', en: 'Details of the request' },
    required: true, maxLength: 1000, rows: 5, expectedLength: 120,
  },
  reason: {
    type: 'textarea', id: 'lyDoCapLai', label: { vi: 'Lý do đề nghị cấp lại', en: 'Reason for requesting a replacement' },
    hint: { vi: 'Ví dụ: bị mất, bị hư hỏng, thay đổi thông tin', en: 'For example: lost, damaged, details changed' },
    required: true, maxLength: 500, rows: 4, expectedLength: 60,
  },
  optionalNote: {
    type: 'textarea', id: 'ghiChu', label: { vi: 'Ghi chú', en: 'Notes' },
    required: false, maxLength: 300, rows: 3,
  },
} satisfies { default: TextareaConfig } & Record<string, TextareaConfig>;
