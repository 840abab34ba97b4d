import { defineFieldMessages } from '../shared/define-messages';

export const dateMessages = defineFieldMessages({
  typeName: 'Ngày tháng',
  example: 'Ví dụ: 27/03/2019',
  errors: {
    invalidFormat: '{{label}} phải nhập theo dạng ngày/tháng/năm, ví dụ 27/03/2019',
    notReal: '{{label}} không phải là một ngày có thật, hãy kiểm tra ngày và tháng',
    future: '{{label}} không được là một ngày trong tương lai',
    past: '{{label}} không được là một ngày đã qua',
    min: '{{label}} phải từ ngày {{min}} trở về sau',
    max: '{{label}} không được sau ngày {{max}}',
    ageTooLow: 'Theo {{labelLower}} đã nhập, người này chưa đủ {{years}} tuổi',
    ageTooHigh: 'Theo {{labelLower}} đã nhập, người này đã quá {{years}} tuổi',
  },
});
