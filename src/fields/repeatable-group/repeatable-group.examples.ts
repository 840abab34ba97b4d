import type { RepeatableGroupConfig } from './repeatable-group.config';

// Child configs are declared apart so their type-specific properties are not excess properties
// of `BaseFieldConfig` (the children's own types check them when the form schema is parsed).
const ten = { type: 'text', id: 'ten', label: { vi: 'Tên', en: 'Name' }, required: true, maxLength: 100, width: 'full' };
const hoTen = { type: 'text', id: 'hoTen', label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' }, required: true, maxLength: 100, width: 'full' };
const quanHe = {
  type: 'text', id: 'quanHe', label: { vi: 'Quan hệ với chủ hộ', en: 'Relationship to the head of household' },
  required: true, maxLength: 30, width: '20',
};

export const repeatableGroupExamples = {
  default: {
    type: 'repeatable-group', id: 'danhSach', label: { vi: 'Danh sách', en: 'List' }, required: false,
    fields: [ten], minItems: 0, maxItems: 10, itemLabel: { vi: 'Mục', en: 'Item' },
  },
  /** Household members on a residence registration (CT01), at most 3 here to keep previews short. */
  householdMembers: {
    type: 'repeatable-group', id: 'thanhVien', label: { vi: 'Những thành viên trong hộ gia đình cùng thay đổi', en: 'Household members moving too' },
    required: true, minItems: 1, maxItems: 3,
    itemLabel: { vi: 'Thành viên', en: 'Member' }, addLabel: { vi: 'Thêm thành viên', en: 'Add a member' },
    fields: [hoTen, quanHe],
  },
} satisfies { default: RepeatableGroupConfig } & Record<string, RepeatableGroupConfig>;
