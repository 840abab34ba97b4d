import { defineMessages } from '../shared/define-messages';

/** The builder panel's texts, under `fields:repeatable-group.panel.`: loaded with the panel, never by citizens. */
export const repeatableGroupPanelMessages = defineMessages(
  {
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
