import type { YesNoConfig } from './yes-no.config';

export const yesNoExamples = {
  default: {
    type: 'yes-no', id: 'coThayDoi', label: { vi: 'Thông tin của bạn có thay đổi không?', en: 'Have your details changed?' },
    required: true,
  },
  ownsLand: {
    type: 'yes-no', id: 'daCoGiayChungNhan',
    label: { vi: 'Thửa đất đã được cấp Giấy chứng nhận chưa?', en: 'Has a certificate already been issued for the land parcel?' },
    hint: { vi: 'Giấy chứng nhận quyền sử dụng đất (sổ đỏ, sổ hồng)', en: 'Land use right certificate ("red book" or "pink book")' },
    required: true,
  },
} satisfies { default: YesNoConfig } & Record<string, YesNoConfig>;
