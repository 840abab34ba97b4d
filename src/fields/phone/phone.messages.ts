import { defineFieldMessages } from '../shared/define-messages';

export const phoneMessages = defineFieldMessages({
  typeName: 'Số điện thoại',
  errors: {
    notDigits: '{{label}} chỉ gồm chữ số, ví dụ 0912 345 678',
    length: '{{label}} phải gồm 10 chữ số, ví dụ 0912 345 678',
    lengthOrLandline: '{{label}} phải gồm 10 chữ số (di động) hoặc 11 chữ số (cố định, bắt đầu bằng 02)',
    prefix: '{{label}} có đầu số không thuộc nhà mạng di động nào, hãy kiểm tra lại',
    landline: '{{label}} phải là số di động, không dùng số máy cố định',
  },
});
