import { defineMessages } from '../shared/define-messages';

/** The builder panel's texts, under `fields:textarea.panel.`: loaded with the panel, never by citizens. */
export const textareaPanelMessages = defineMessages(
  {
    panel: {
      maxLength: 'Số ký tự tối đa',
      maxLengthHint: 'Từ 1 đến 10.000',
      rows: 'Số dòng hiển thị',
      rowsHint: 'Từ 2 đến 20; cho người dân thấy cần viết dài bao nhiêu',
    },
  },
  {
    panel: {
      maxLength: 'Maximum number of characters',
      maxLengthHint: 'From 1 to 10,000',
      rows: 'Visible lines',
      rowsHint: 'From 2 to 20; shows people how much they are expected to write',
    },
  },
);
