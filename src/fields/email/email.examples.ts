import type { EmailConfig } from './email.config';

export const emailExamples = {
  default: {
    type: 'email', id: 'email', label: { vi: 'Thư điện tử', en: 'Email address' },
    hint: { vi: 'Kết quả giải quyết hồ sơ sẽ được gửi đến địa chỉ này', en: 'We will send the outcome of your application to this address' },
    required: true, maxLength: 254,
  },
  optional: {
    type: 'email', id: 'emailNguoiLienHe', label: { vi: 'Thư điện tử của người liên hệ', en: 'Contact person’s email address' },
    required: false, maxLength: 254,
  },
} satisfies { default: EmailConfig } & Record<string, EmailConfig>;
