import { defineFieldMessages } from '../shared/define-messages';

/**
 * Registered under `fields:repeatable-group.`. `{{item}}` / `{{itemEn}}` are the lower-cased item
 * label in each language; `count` drives i18next plurals (Vietnamese has a single form).
 */
export const repeatableGroupMessages = defineFieldMessages({
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
});
