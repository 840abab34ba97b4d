import { defineMessages } from '../shared/define-messages';

export const numberMessages = defineMessages(
  {
    typeName: 'Số',
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
    errors: {
      notNumber: '{{label}} must be a number',
      notInteger: '{{label}} must be a whole number',
      tooManyDecimals: '{{label}} must have no more than {{decimals}} digits after the decimal point',
      min: '{{label}} must be {{min, number}} or more',
      max: '{{label}} must be {{max, number}} or less',
    },
  },
);
