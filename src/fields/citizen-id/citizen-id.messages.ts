import { defineFieldMessages } from '../shared/define-messages';

/** Registered under `fields:citizen-id.`; `{{label}}` / `{{labelLower}}` are the field's label. */
export const citizenIdMessages = defineFieldMessages({
  typeName: 'Số định danh cá nhân',
  errors: {
    notDigits: '{{label}} chỉ được gồm chữ số',
    length: '{{label}} phải gồm đúng 12 chữ số',
    place: '{{label}} có mã tỉnh/quốc gia không hợp lệ (3 chữ số đầu)',
    futureBirthYear: '{{label}} không hợp lệ: chữ số thứ 4 đến 6 cho năm sinh ở tương lai',
    centuryMismatch: 'Chữ số thứ 4 của {{labelLower}} không khớp với năm sinh {{year}} đã khai',
    birthYearMismatch: 'Chữ số thứ 5 và 6 của {{labelLower}} phải là {{yy}}, 2 số cuối của năm sinh {{year}} đã khai',
    sexMismatch: 'Chữ số thứ 4 của {{labelLower}} không khớp với giới tính đã khai',
  },
});
