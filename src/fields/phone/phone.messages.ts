import { defineMessages } from '../shared/define-messages';

export const phoneMessages = defineMessages(
  {
    typeName: 'Số điện thoại',
    panel: {
      allowLandline: 'Nhận cả số máy cố định',
      allowLandlineHint: 'Số cố định gồm 11 chữ số, bắt đầu bằng 02; bỏ chọn nếu cần gửi tin nhắn SMS',
    },
    errors: {
      notDigits: '{{label}} chỉ gồm chữ số, ví dụ 0912 345 678',
      length: '{{label}} phải gồm 10 chữ số, ví dụ 0912 345 678',
      lengthOrLandline: '{{label}} phải gồm 10 chữ số (di động) hoặc 11 chữ số (cố định, bắt đầu bằng 02)',
      prefix: '{{label}} có đầu số không thuộc nhà mạng di động nào, hãy kiểm tra lại',
      landline: '{{label}} phải là số di động, không dùng số máy cố định',
    },
  },
  {
    typeName: 'Phone number',
    panel: {
      allowLandline: 'Accept landline numbers too',
      allowLandlineHint: 'Landlines have 11 digits starting 02; leave unticked if text messages must be sent',
    },
    errors: {
      notDigits: '{{label}} must contain only digits, like 0912 345 678',
      length: '{{label}} must be 10 digits, like 0912 345 678',
      lengthOrLandline: '{{label}} must be 10 digits (mobile) or 11 digits (landline, starting 02)',
      prefix: '{{label}} does not start with a Vietnamese mobile network prefix; check the number',
      landline: '{{label}} must be a mobile number, not a landline',
    },
  },
);
