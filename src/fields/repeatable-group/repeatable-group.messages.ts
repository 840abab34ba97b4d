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
  },
);
