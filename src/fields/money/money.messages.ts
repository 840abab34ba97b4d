import { defineMessages } from '../shared/define-messages';

export const moneyMessages = defineMessages(
  {
    typeName: 'Số tiền',
    unit: 'đồng',
    panel: {
      min: 'Số tiền nhỏ nhất (đồng)',
      max: 'Số tiền lớn nhất (đồng)',
      boundsHint: 'Số nguyên, không dấu chấm phân cách; để trống nếu không giới hạn',
      expectedDigits: 'Số chữ số thường gặp của số tiền',
      expectedDigitsHint: 'Chỉ dùng để ước tính thời gian điền biểu mẫu; để trống nếu chưa biết',
    },
    errors: {
      notAmount: '{{label}} chỉ gồm chữ số, ví dụ 1.500.000',
      min: '{{label}} phải từ {{min, number}} đồng trở lên',
      max: '{{label}} không được lớn hơn {{max, number}} đồng',
    },
  },
  {
    typeName: 'Amount of money',
    unit: 'VND',
    panel: {
      min: 'Smallest amount (VND)',
      max: 'Largest amount (VND)',
      boundsHint: 'Whole đồng, without separators; leave empty for no limit',
      expectedDigits: 'Typical number of digits of the amount',
      expectedDigitsHint: 'Only used to estimate how long the form takes; leave empty if you do not know',
    },
    errors: {
      notAmount: '{{label}} must be a whole amount in digits, for example 1,500,000',
      min: '{{label}} must be VND {{min, number}} or more',
      max: '{{label}} must be VND {{max, number}} or less',
    },
  },
);
