import { defineMessages } from '../shared/define-messages';

/**
 * Registered under `fields:repeatable-group.`. `{{item}}` / `{{itemEn}}` are the lower-cased item
 * label in each language; `count` drives i18next plurals (Vietnamese has a single form).
 */
export const repeatableGroupMessages = defineMessages(
  {
    typeName: 'Nhóm lặp lại',
    errors: {
      minItems_one: 'Cần ít nhất {{count}} {{item}}',
      minItems_other: 'Cần ít nhất {{count}} {{item}}',
      maxItems_one: 'Chỉ được khai tối đa {{count}} {{item}}',
      maxItems_other: 'Chỉ được khai tối đa {{count}} {{item}}',
    },
    itemHeading: '{{item}} {{number}}',
    add: 'Thêm {{item}}',
    remove: 'Xoá',
    removeItem: 'Xoá {{item}} {{number}}',
    empty: 'Chưa có {{item}} nào.',
    maxReached: 'Đã đủ số lượng tối đa ({{max}}). Muốn thêm, hãy xoá bớt một mục.',
    added: 'Đã thêm {{item}} {{number}}.',
    removed: 'Đã xoá {{item}} {{number}}.',
    panel: {
      minItems: 'Số mục ít nhất',
      minItemsHint: 'Từ 0 đến 100; 0 nếu có thể không khai mục nào',
      maxItems: 'Số mục nhiều nhất',
      maxItemsHint: 'Từ 1 đến 100',
      itemLabel: 'Tên của một mục',
      itemLabelHint: 'Được đánh số ở đầu mỗi mục, ví dụ Thành viên → Thành viên 1',
      addLabel: 'Chữ trên nút thêm mục',
      addLabelHint: 'Để trống thì dùng “Thêm” và tên của một mục',
    },
  },
  {
    typeName: 'Repeating group',
    errors: {
      minItems_one: 'Add at least {{count}} {{itemEn}}',
      minItems_other: 'Add at least {{count}} entries ({{itemEn}})',
      maxItems_one: 'You can add no more than {{count}} {{itemEn}}',
      maxItems_other: 'You can add no more than {{count}} entries ({{itemEn}})',
    },
    itemHeading: '{{item}} {{number}}',
    add: 'Add {{item}}',
    remove: 'Remove',
    removeItem: 'Remove {{item}} {{number}}',
    empty: 'No {{item}} added yet.',
    maxReached: 'The maximum ({{max}}) has been reached. To add another, remove one first.',
    added: '{{item}} {{number}} added.',
    removed: '{{item}} {{number}} removed.',
    panel: {
      minItems: 'Fewest items',
      minItemsHint: 'From 0 to 100; 0 if people may add none',
      maxItems: 'Most items',
      maxItemsHint: 'From 1 to 100',
      itemLabel: 'Name of one item',
      itemLabelHint: 'Numbered at the top of each item, for example Member → Member 1',
      addLabel: 'Text of the add button',
      addLabelHint: 'Leave empty to use “Add” and the name of one item',
    },
  },
);
