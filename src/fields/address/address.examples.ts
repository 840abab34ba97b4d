import type { AddressConfig } from './address.config';

export const addressExamples = {
  default: {
    type: 'address', id: 'diaChi', label: { vi: 'Địa chỉ', en: 'Address' }, required: true, requireStreet: true,
  },
  /** The place of residence on CT01 (residence registration): must match the register to the house number. */
  permanentResidence: {
    type: 'address', id: 'noiThuongTru', label: { vi: 'Nơi thường trú', en: 'Place of permanent residence' },
    hint: { vi: 'Ghi theo địa danh hành chính mới (từ 01/07/2025)', en: 'Use the administrative units in force since 1 July 2025' },
    required: true, requireStreet: true,
  },
  /** Only the commune matters: the People's Committee where the birth is registered. */
  registeringOffice: {
    type: 'address', id: 'coQuanDangKy', label: { vi: 'Ủy ban nhân dân xã/phường nơi đăng ký', en: "People's Committee where you register" },
    required: true, requireStreet: false,
  },
} satisfies { default: AddressConfig } & Record<string, AddressConfig>;
