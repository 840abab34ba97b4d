import { defineMessages } from '../shared/define-messages';

export const dateMessages = defineMessages(
  {
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
  },
  {
    typeName: 'Date',
    example: 'For example, 27/03/2019',
    errors: {
      invalidFormat: '{{label}} must be a day, month and year, like 27/03/2019',
      notReal: '{{label}} must be a real date; check the day and month',
      future: '{{label}} must be today or in the past',
      past: '{{label}} must be today or in the future',
      min: '{{label}} must be on or after {{min}}',
      max: '{{label}} must be on or before {{max}}',
      ageTooLow: 'The {{labelLower}} entered shows the person is under {{years}}',
      ageTooHigh: 'The {{labelLower}} entered shows the person is over {{years}}',
    },
  },
);
