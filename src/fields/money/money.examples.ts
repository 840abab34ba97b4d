import type { MoneyConfig } from './money.config';

export const moneyExamples = {
  default: {
    type: 'money', id: 'soTien', label: { vi: 'Số tiền đề nghị', en: 'Amount requested' },
    required: true, min: 1000, max: 10000000000, width: '20', expectedDigits: 7,
  },
  income: {
    type: 'money', id: 'thuNhapBinhQuan', label: { vi: 'Thu nhập bình quân hằng tháng', en: 'Average monthly income' },
    hint: { vi: 'Tính bằng đồng, ví dụ 5.000.000', en: 'In đồng, for example 5,000,000' },
    required: true, min: 0, width: '20', expectedDigits: 8,
  },
  optionalCapital: {
    type: 'money', id: 'vonDieuLe', label: { vi: 'Vốn điều lệ', en: 'Charter capital' },
    required: false, width: '20',
  },
} satisfies { default: MoneyConfig } & Record<string, MoneyConfig>;
