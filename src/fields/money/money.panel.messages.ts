import { defineMessages } from '../shared/define-messages';

/** The builder panel's texts, under `fields:money.panel.`: loaded with the panel, never by citizens. */
export const moneyPanelMessages = defineMessages(
  {
    panel: {
      min: 'Số tiền nhỏ nhất (đồng)',
      max: 'Số tiền lớn nhất (đồng)',
      boundsHint: 'Số nguyên, không dấu chấm phân cách; để trống nếu không giới hạn',
      expectedDigits: 'Số chữ số thường gặp của số tiền',
      expectedDigitsHint: 'Chỉ dùng để ước tính thời gian điền biểu mẫu; để trống nếu chưa biết',
    },
  },
  {
    panel: {
      min: 'Smallest amount (VND)',
      max: 'Largest amount (VND)',
      boundsHint: 'Whole đồng, without separators; leave empty for no limit',
      expectedDigits: 'Typical number of digits of the amount',
      expectedDigitsHint: 'Only used to estimate how long the form takes; leave empty if you do not know',
    },
  },
);
