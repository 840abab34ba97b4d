import { defineMessages } from '../shared/define-messages';

export const numberMessages = defineMessages(
  {
    typeName: 'Số',
    panel: {
      decimals: 'Số chữ số sau dấu phẩy',
      decimalsHint: 'Từ 0 đến 4; 0 cho số nguyên (số người, số phòng)',
      min: 'Giá trị nhỏ nhất',
      max: 'Giá trị lớn nhất',
      boundsHint: 'Để trống nếu không giới hạn',
      unit: 'Đơn vị tính',
      unitHint: 'Hiện sau ô nhập, ví dụ m² hoặc người; để trống nếu không có',
    },
    errors: {
      notNumber: '{{label}} phải là một số',
      notInteger: '{{label}} phải là số nguyên, không có phần thập phân',
      tooManyDecimals: '{{label}} chỉ được có tối đa {{decimals}} chữ số sau dấu phẩy',
      min: '{{label}} phải từ {{min, number}} trở lên',
      max: '{{label}} không được lớn hơn {{max, number}}',
    },
  },
  {
    typeName: 'Number',
    panel: {
      decimals: 'Digits after the decimal point',
      decimalsHint: 'From 0 to 4; 0 for whole numbers (people, rooms)',
      min: 'Smallest value',
      max: 'Largest value',
      boundsHint: 'Leave empty for no limit',
      unit: 'Unit',
      unitHint: 'Shown after the box, for example m² or people; leave empty if none',
    },
    errors: {
      notNumber: '{{label}} must be a number',
      notInteger: '{{label}} must be a whole number',
      tooManyDecimals: '{{label}} must have no more than {{decimals}} digits after the decimal point',
      min: '{{label}} must be {{min, number}} or more',
      max: '{{label}} must be {{max, number}} or less',
    },
  },
);
