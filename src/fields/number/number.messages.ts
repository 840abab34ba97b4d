import { defineFieldMessages } from '../shared/define-messages';

export const numberMessages = defineFieldMessages({
  typeName: 'Số',
  errors: {
    notNumber: '{{label}} phải là một số',
    notInteger: '{{label}} phải là số nguyên, không có phần thập phân',
    tooManyDecimals: '{{label}} chỉ được có tối đa {{decimals}} chữ số sau dấu phẩy',
    min: '{{label}} phải từ {{min, number}} trở lên',
    max: '{{label}} không được lớn hơn {{max, number}}',
  },
});
