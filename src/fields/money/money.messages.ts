import { defineFieldMessages } from '../shared/define-messages';

export const moneyMessages = defineFieldMessages({
  typeName: 'Số tiền',
  unit: 'đồng',
  errors: {
    notAmount: '{{label}} chỉ gồm chữ số, ví dụ 1.500.000',
    min: '{{label}} phải từ {{min, number}} đồng trở lên',
    max: '{{label}} không được lớn hơn {{max, number}} đồng',
  },
});
