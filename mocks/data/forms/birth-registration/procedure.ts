import type { ProcedureInput } from '@/schema/procedure';
import { text } from '../published-form';

/**
 * Đăng ký khai sinh, national procedure 1.001193, as published on the National Public Service
 * Portal (domain research §3.1). Commune level since the two-level local government of 2025.
 */
export const birthRegistrationProcedure: ProcedureInput = {
  code: '1.001193',
  name: text('Đăng ký khai sinh', 'Birth registration'),
  agency: text('Ủy ban nhân dân cấp xã', "Commune-level People's Committee"),
  agencyCode: '000.00.31.H56',
  legalBasis: [
    text('Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014', 'Law on Civil Status No. 60/2014/QH13 of 20 November 2014'),
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
      'Miễn lệ phí khi đăng ký khai sinh đúng hạn (trong 60 ngày kể từ ngày sinh). Đăng ký quá hạn nộp lệ phí theo mức do Hội đồng nhân dân cấp tỉnh quy định (Thông tư 85/2019/TT-BTC). Bản sao trích lục khai sinh: 8.000 đồng/bản (Thông tư 281/2016/TT-BTC).',
      'Free when the birth is registered on time (within 60 days of birth). Late registration costs the fee set by the provincial People’s Council (Circular 85/2019/TT-BTC). Copies of the birth certificate extract cost 8,000 VND each (Circular 281/2016/TT-BTC).',
    ),
  },
  processingTime: {
    value: 1,
    unit: 'working-day',
    note: text(
      'Trả kết quả ngay trong ngày nếu hồ sơ được tiếp nhận trước 15 giờ; sau 15 giờ thì trả trong ngày làm việc tiếp theo.',
      'The result is issued the same day if the application is received before 3 p.m.; otherwise on the next working day.',
    ),
  },
  identityLevel: 2,
  topic: 'ho-tich',
  fullyOnline: true,
  documents: [
    {
      id: 'giay-chung-sinh',
      name: text('Giấy chứng sinh', 'Birth certificate from the health facility (giấy chứng sinh)'),
      note: text(
        'Không phải nộp khi cơ sở y tế đã gửi Giấy chứng sinh điện tử; nếu không có thì nộp văn bản xác nhận của người làm chứng.',
        'Not needed when the health facility has sent the electronic birth certificate; without one, a witness statement instead.',
      ),
      field: 'giayChungSinh',
      reuse: ['giay-chung-sinh'],
      replacedBy: { source: 'y-te' },
    },
    {
      id: 'giay-chung-nhan-ket-hon',
      name: text('Giấy chứng nhận kết hôn của cha mẹ', "The parents' marriage certificate"),
      note: text('Nếu cha mẹ đã đăng ký kết hôn.', 'If the parents are married.'),
      required: false,
      reuse: ['giay-chung-nhan-ket-hon'],
      replacedBy: { source: 'ho-tich' },
    },
    {
      id: 'giay-to-tuy-than',
      name: text('Giấy tờ tùy thân của người yêu cầu', "The applicant's identity document"),
      replacedBy: { source: 'dan-cu' },
    },
    {
      id: 'van-ban-uy-quyen',
      name: text('Văn bản ủy quyền', 'Letter of authorisation'),
      note: text('Khi người nộp không phải là cha, mẹ hoặc người thân thích.', 'When the applicant is not a parent or relative.'),
      required: false,
      field: 'giayToKhac',
    },
  ],
};
