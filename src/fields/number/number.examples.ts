import type { NumberConfig } from './number.config';

export const numberExamples = {
  default: {
    type: 'number', id: 'soNguoi', label: { vi: 'Số người trong hộ', en: 'Number of people in the household' },
    required: true, decimals: 0, min: 1, max: 50, unit: { vi: 'người', en: 'people' }, width: '5', expectedLength: 1,
  },
  area: {
    type: 'number', id: 'dienTich', label: { vi: 'Diện tích thửa đất', en: 'Land parcel area' },
    hint: { vi: 'Ghi theo giấy chứng nhận, ví dụ 120,5', en: 'As on the certificate, for example 120.5' },
    required: true, decimals: 1, min: 0.1, max: 1000000, unit: { vi: 'm²', en: 'm²' }, width: '10', expectedLength: 5,
  },
  optionalFloors: {
    type: 'number', id: 'soTang', label: { vi: 'Số tầng', en: 'Number of floors' },
    required: false, decimals: 0, min: 1, max: 100, width: '4',
  },
} satisfies { default: NumberConfig } & Record<string, NumberConfig>;
