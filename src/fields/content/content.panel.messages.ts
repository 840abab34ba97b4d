import { defineMessages } from '../shared/define-messages';

/** The builder panel's texts, under `fields:content.panel.`: loaded with the panel, never by citizens. */
export const contentPanelMessages = defineMessages(
  {
    panel: {
      variant: 'Kiểu hiển thị',
      variants: {
        heading: 'Tiêu đề của một phần',
        paragraph: 'Đoạn văn hướng dẫn',
        warning: 'Cảnh báo (in đậm, có biểu tượng)',
        inset: 'Ghi chú trong khung',
      },
      body: 'Nội dung thêm dưới nhãn',
      bodyHint: 'Để một dòng trống giữa các đoạn; không bắt buộc',
    },
  },
  {
    panel: {
      variant: 'Style',
      variants: {
        heading: 'Heading of a section',
        paragraph: 'Paragraph of guidance',
        warning: 'Warning (bold, with an icon)',
        inset: 'Note in a box',
      },
      body: 'More text under the label',
      bodyHint: 'Leave a blank line between paragraphs; optional',
    },
  },
);
