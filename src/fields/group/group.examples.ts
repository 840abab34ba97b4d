import type { GroupConfig } from './group.config';

export const groupExamples = {
  default: {
    type: 'group', id: 'thongTinNguoiKhai', label: { vi: 'Thông tin người khai', en: 'About the declarant' },
    fields: [
      { type: 'text', id: 'hoTenNguoiKhai', label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' }, required: true },
      { type: 'text', id: 'ngheNghiep', label: { vi: 'Nghề nghiệp', en: 'Occupation' }, required: false },
    ],
  },
  /** The mother's details on a birth registration, shown only when the mother is known. */
  motherOnBirthRegistration: {
    type: 'group', id: 'thongTinMe', label: { vi: 'Thông tin người mẹ', en: "Mother's details" },
    hint: { vi: 'Ghi theo thẻ Căn cước của người mẹ', en: "As written on the mother's identity card" },
    visibleIf: { '==': [{ var: 'coThongTinMe' }, 'co'] },
    fields: [
      { type: 'text', id: 'hoTenMe', label: { vi: 'Họ, chữ đệm và tên người mẹ', en: "Mother's full name" }, required: true },
      { type: 'text', id: 'danTocMe', label: { vi: 'Dân tộc', en: 'Ethnic group' }, required: true },
    ],
  },
} satisfies { default: GroupConfig } & Record<string, GroupConfig>;
