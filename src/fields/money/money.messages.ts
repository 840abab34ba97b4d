import { defineMessages } from '../shared/define-messages';

export const moneyMessages = defineMessages(
  {
    typeName: 'Số tiền',
    unit: 'đồng',
    errors: {
      notAmount: '{{label}} chỉ gồm chữ số, ví dụ 1.500.000',
      min: '{{label}} phải từ {{min, number}} đồng trở lên',
      max: '{{label}} không được lớn hơn {{max, number}} đồng',
    },
  },
  {
    typeName: 'Amount of money',
    unit: 'VND',
    errors: {
      notAmount: '{{label}} must be a whole amount in digits, for example 1,500,000',
      min: '{{label}} must be VND {{min, number}} or more',
      max: '{{label}} must be VND {{max, number}} or less',
    },
  },
);
