import type { ContentConfig } from './content.config';

export const contentExamples = {
  default: {
    type: 'content', id: 'gioiThieu', variant: 'paragraph',
    label: { vi: 'Vui lòng kê khai đầy đủ, chính xác thông tin dưới đây.', en: 'Please give full and accurate information below.' },
  },
  heading: {
    type: 'content', id: 'tieuDeNguoiYeuCau', variant: 'heading',
    label: { vi: 'Thông tin người yêu cầu', en: 'About the applicant' },
  },
  warning: {
    type: 'content', id: 'canhBaoKhaiGian', variant: 'warning',
    label: {
      vi: 'Người nào khai man, giả mạo hồ sơ sẽ bị xử lý theo quy định của pháp luật.',
      en: 'Anyone who makes a false statement or forges documents will be dealt with under the law.',
    },
  },
  inset: {
    type: 'content', id: 'luuYLePhi', variant: 'inset',
    label: { vi: 'Lệ phí: 8.000 đồng', en: 'Fee: VND 8,000' },
    body: {
      vi: 'Miễn lệ phí cho người thuộc hộ nghèo, trẻ em, người cao tuổi và người khuyết tật.\n\nLệ phí nộp trực tuyến qua Cổng Dịch vụ công quốc gia.',
      en: 'No fee for members of poor households, children, older people and people with disabilities.\n\nPay the fee online on the National Public Service Portal.',
    },
  },
} satisfies { default: ContentConfig } & Record<string, ContentConfig>;
