import { defineMessages } from '../shared/define-messages';

/** The builder panel's texts, under `fields:number.panel.`: loaded with the panel, never by citizens. */
export const numberPanelMessages = defineMessages(
  {
    panel: {
      decimals: 'Số chữ số sau dấu phẩy',
      decimalsHint: 'Từ 0 đến 4; 0 cho số nguyên (số người, số phòng)',
      min: 'Giá trị nhỏ nhất',
      max: 'Giá trị lớn nhất',
      boundsHint: 'Để trống nếu không giới hạn',
      unit: 'Đơn vị tính',
      unitHint: 'Hiện sau ô nhập, ví dụ m² hoặc người; để trống nếu không có',
    },
  },
  {
    panel: {
      decimals: 'Digits after the decimal point',
      decimalsHint: 'From 0 to 4; 0 for whole numbers (people, rooms)',
      min: 'Smallest value',
      max: 'Largest value',
      boundsHint: 'Leave empty for no limit',
      unit: 'Unit',
      unitHint: 'Shown after the box, for example m² or people; leave empty if none',
    },
  },
);
