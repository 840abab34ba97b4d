import { defineMessages } from '../shared/define-messages';

export const phoneMessages = defineMessages(
  {
    typeName: 'Số điện thoại',
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
    errors: {
      notDigits: '{{label}} must contain only digits, like 0912 345 678',
      length: '{{label}} must be 10 digits, like 0912 345 678',
      lengthOrLandline: '{{label}} must be 10 digits (mobile) or 11 digits (landline, starting 02)',
      prefix: '{{label}} does not start with a Vietnamese mobile network prefix; check the number',
      landline: '{{label}} must be a mobile number, not a landline',
    },
  },
);
