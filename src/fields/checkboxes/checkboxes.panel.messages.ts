import { defineMessages } from '../shared/define-messages';

/** The builder panel's texts, under `fields:checkboxes.panel.`: loaded with the panel, never by citizens. */
export const checkboxesPanelMessages = defineMessages(
  {
    panel: {
      minSelected: 'Số mục được chọn ít nhất',
      maxSelected: 'Số mục được chọn nhiều nhất',
      boundsHint: 'Từ 1 trở lên; để trống nếu không giới hạn',
    },
  },
  {
    panel: {
      minSelected: 'Fewest options to tick',
      maxSelected: 'Most options to tick',
      boundsHint: '1 or more; leave empty for no limit',
    },
  },
);
