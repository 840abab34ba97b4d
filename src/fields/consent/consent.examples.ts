import type { ConsentConfig } from './consent.config';

export const consentExamples = {
  default: {
    type: 'consent', id: 'camDoan',
    label: {
      vi: 'Tôi xin cam đoan những lời khai trên là đúng sự thật và chịu trách nhiệm trước pháp luật về lời khai của mình',
      en: 'I declare that the information given above is true and I take legal responsibility for it',
    },
    required: true,
  },
  dataSharing: {
    type: 'consent', id: 'dongYChiaSe',
    label: {
      vi: 'Tôi đồng ý cho cơ quan giải quyết khai thác thông tin của tôi trong Cơ sở dữ liệu quốc gia về dân cư',
      en: 'I agree that the authority may use my details held in the National Population Database',
    },
    hint: { vi: 'Không bắt buộc; nếu không đồng ý, bạn cần nộp bản sao giấy tờ', en: 'Optional; if you do not agree, you must submit copies of your documents' },
    required: false,
  },
} satisfies { default: ConsentConfig } & Record<string, ConsentConfig>;
