import type { TextConfig } from './text.config';

export const textExamples = {
  default: {
    type: 'text', id: 'hoTen', label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' },
    required: true, maxLength: 100, width: 'full', autocomplete: 'name', expectedLength: 18,
  },
  optionalWithHint: {
    type: 'text', id: 'tenGoiKhac', label: { vi: 'Tên gọi khác', en: 'Other names' },
    hint: { vi: 'Nếu có', en: 'If any' }, required: false, maxLength: 100, width: '20',
  },
  withPattern: {
    type: 'text', id: 'soDinhDanh12', label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
    required: true, maxLength: 12, width: '20',
    pattern: { regex: '^[0-9]{12}$', message: { vi: 'Số định danh cá nhân phải gồm đúng 12 chữ số', en: 'The personal ID number must be exactly 12 digits' } },
  },
} satisfies { default: TextConfig } & Record<string, TextConfig>;
