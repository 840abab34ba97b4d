import type { ProcedureInput } from '@/schema/procedure';
import { text } from '../published-form';

/** Đăng ký khai tử, national procedure 1.000656 (domain research §3.4). */
export const deathRegistrationProcedure: ProcedureInput = {
  code: '1.000656',
  name: text('Đăng ký khai tử', 'Death registration'),
  agency: text('Ủy ban nhân dân cấp xã', "Commune-level People's Committee"),
  agencyCode: '000.00.31.H56',
  legalBasis: [
    text('Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014 (Điều 32 – 34)', 'Law on Civil Status No. 60/2014/QH13 of 20 November 2014 (Articles 32–34)'),
    text(
      'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
      'Government Decree No. 123/2015/ND-CP of 15 November 2015 detailing and guiding the Law on Civil Status',
    ),
    text(
      'Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp, được sửa đổi, bổ sung bởi Thông tư số 04/2024/TT-BTP',
      'Ministry of Justice Circular No. 04/2020/TT-BTP of 28 May 2020, as amended by Circular No. 04/2024/TT-BTP',
    ),
  ],
  fee: {
    direct: 0,
    online: 0,
    note: text(
      'Miễn lệ phí khi đăng ký khai tử đúng hạn (trong 15 ngày kể từ ngày chết) và cho gia đình có công với cách mạng, hộ nghèo, người khuyết tật; quá hạn nộp lệ phí theo mức do Hội đồng nhân dân cấp tỉnh quy định. Bản sao trích lục khai tử: 8.000 đồng/bản (Thông tư 281/2016/TT-BTC).',
      "Free when the death is registered on time (within 15 days of the death) and for families of people with revolutionary merit, poor households and people with disabilities; late registration costs the fee set by the provincial People's Council. Copies of the death extract cost 8,000 VND each (Circular 281/2016/TT-BTC).",
    ),
  },
  processingTime: {
    value: 1,
    unit: 'working-day',
    note: text(
      'Trả kết quả ngay trong ngày nếu hồ sơ được tiếp nhận trước 15 giờ; nếu cần xác minh thì không quá 3 ngày làm việc.',
      'The same day if the application is received before 3 p.m.; up to 3 working days if something must be verified.',
    ),
  },
  identityLevel: 2,
  topic: 'ho-tich',
  fullyOnline: true,
  documents: [
    {
      id: 'giay-bao-tu',
      name: text('Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', 'Death notice, or a document standing in for it'),
      note: text(
        'Không phải nộp khi cơ sở y tế đã gửi Giấy báo tử điện tử. Người chết ngoài cơ sở y tế: văn bản xác nhận của Công an cấp xã hoặc người làm chứng.',
        'Not needed when the health facility has sent the electronic death notice. For a death outside a health facility: a statement by the commune police or a witness.',
      ),
      field: 'giayBaoTu',
      reuse: ['giay-bao-tu'],
      replacedBy: { source: 'bao-tu' },
    },
    {
      id: 'giay-to-tuy-than',
      name: text('Giấy tờ tùy thân của người yêu cầu và của người chết', "Identity documents of the applicant and of the deceased"),
      replacedBy: { source: 'dan-cu' },
    },
    {
      id: 'van-ban-uy-quyen',
      name: text('Văn bản ủy quyền', 'Letter of authorisation'),
      note: text('Khi người nộp không phải là người thân thích của người chết.', 'When the applicant is not a relative of the deceased.'),
      required: false,
      field: 'giayToKhac',
    },
  ],
};
