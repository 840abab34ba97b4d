import type { PhoneConfig } from './phone.config';

export const phoneExamples = {
  default: {
    type: 'phone', id: 'soDienThoai', label: { vi: 'Số điện thoại di động', en: 'Mobile phone number' },
    hint: { vi: 'Để nhận tin nhắn thông báo kết quả', en: 'For text messages about the outcome' },
    required: true, allowLandline: false,
  },
  officeLine: {
    type: 'phone', id: 'dienThoaiCoQuan', label: { vi: 'Điện thoại cơ quan', en: 'Work phone number' },
    hint: { vi: 'Di động hoặc cố định, ví dụ 024 3825 6789', en: 'Mobile or landline, like 024 3825 6789' },
    required: false, allowLandline: true,
  },
} satisfies { default: PhoneConfig } & Record<string, PhoneConfig>;
