/** Vietnamese UI strings (default language). Keys mirror `en/common.ts` exactly. */
export const viCommon = {
  app: {
    name: 'Biểu mẫu điện tử',
    service: 'Dịch vụ công trực tuyến',
    skipLink: 'Bỏ qua để đến nội dung chính',
    language: 'Ngôn ngữ',
    footer: 'Hệ thống biểu mẫu điện tử tương tác dùng cho dịch vụ công trực tuyến. Dữ liệu trong bản thử nghiệm này là dữ liệu giả lập.',
  },
};
