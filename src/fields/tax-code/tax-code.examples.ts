import type { TaxCodeConfig } from './tax-code.config';

export const taxCodeExamples = {
  default: {
    type: 'tax-code', id: 'maSoThue', label: { vi: 'Mã số thuế', en: 'Tax code' },
    hint: { vi: 'Cá nhân, hộ kinh doanh nhập số định danh cá nhân 12 chữ số', en: 'Individuals and household businesses enter their 12-digit personal identification number' },
    required: true, allowIndividual12: true,
  },
  /** An enterprise's branch on a registration change form: organisations only. */
  enterpriseOnly: {
    type: 'tax-code', id: 'maSoDoanhNghiep', label: { vi: 'Mã số doanh nghiệp', en: 'Enterprise code' },
    hint: { vi: 'Chi nhánh ghi đủ 13 chữ số, ví dụ 0100233488-001', en: 'Branches enter all 13 digits, for example 0100233488-001' },
    required: true, allowIndividual12: false,
  },
} satisfies { default: TaxCodeConfig } & Record<string, TaxCodeConfig>;
