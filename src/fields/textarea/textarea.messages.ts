import { defineMessages } from '../shared/define-messages';

export const textareaMessages = defineMessages(
  {
    typeName: 'Đoạn văn',
    remaining: 'Bạn còn {{remaining}} ký tự',
    over: 'Bạn đã nhập quá {{over}} ký tự',
    panel: {
      maxLength: 'Số ký tự tối đa',
      maxLengthHint: 'Từ 1 đến 10.000',
      rows: 'Số dòng hiển thị',
      rowsHint: 'Từ 2 đến 20; cho người dân thấy cần viết dài bao nhiêu',
    },
  },
  {
    typeName: 'Paragraph',
    remaining: 'You have {{remaining}} characters remaining',
    over: 'You have {{over}} characters too many',
    panel: {
      maxLength: 'Maximum number of characters',
      maxLengthHint: 'From 1 to 10,000',
      rows: 'Visible lines',
      rowsHint: 'From 2 to 20; shows people how much they are expected to write',
    },
  },
);
