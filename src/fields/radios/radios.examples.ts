import type { RadiosConfig } from './radios.config';

export const radiosExamples = {
  default: {
    type: 'radios', id: 'hinhThucNhanKetQua', label: { vi: 'Hình thức nhận kết quả', en: 'How do you want to receive the result?' },
    required: true, inline: false,
    options: [
      { value: 'truc-tiep', label: { vi: 'Nhận trực tiếp tại Bộ phận Một cửa', en: 'In person at the one-stop desk' } },
      {
        value: 'buu-chinh', label: { vi: 'Nhận qua dịch vụ bưu chính công ích', en: 'By public postal service' },
        hint: { vi: 'Người nhận trả phí chuyển phát', en: 'You pay the delivery fee' },
      },
      { value: 'truc-tuyen', label: { vi: 'Nhận bản điện tử trên Cổng Dịch vụ công', en: 'Electronic copy on the public service portal' } },
    ],
  },
  sex: {
    type: 'radios', id: 'gioiTinh', label: { vi: 'Giới tính', en: 'Sex' },
    required: true, inline: true,
    options: [
      { value: 'nam', label: { vi: 'Nam', en: 'Male' } },
      { value: 'nu', label: { vi: 'Nữ', en: 'Female' } },
    ],
  },
} satisfies { default: RadiosConfig } & Record<string, RadiosConfig>;
