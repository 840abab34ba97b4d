import type { ProcedureInput } from '@/schema/procedure';
import { text } from '../published-form';

/**
 * Đăng ký kết hôn, national procedure 1.000894 (between two Vietnamese citizens, in Việt Nam), as
 * published on the National Public Service Portal (domain research §3.2). Filed online, but both
 * parties come to the commune to sign the register and receive the certificate: not fully online.
 */
export const marriageRegistrationProcedure: ProcedureInput = {
  code: '1.000894',
  name: text('Đăng ký kết hôn', 'Marriage registration'),
  agency: text('Ủy ban nhân dân cấp xã', "Commune-level People's Committee"),
  agencyCode: '000.00.31.H56',
  legalBasis: [
    text('Luật Hôn nhân và gia đình số 52/2014/QH13 ngày 19/6/2014', 'Law on Marriage and Family No. 52/2014/QH13 of 19 June 2014'),
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
      'Miễn lệ phí đăng ký kết hôn. Bản sao trích lục kết hôn: 8.000 đồng/bản (Thông tư 281/2016/TT-BTC).',
      'Marriage registration is free of charge. Copies of the marriage extract cost 8,000 VND each (Circular 281/2016/TT-BTC).',
    ),
  },
  processingTime: {
    value: 1,
    unit: 'working-day',
    note: text(
      'Đăng ký ngay khi nhận đủ hồ sơ hợp lệ; nếu cần xác minh điều kiện kết hôn thì không quá 5 ngày làm việc (Điều 18 Luật Hộ tịch). Hai bên nam, nữ phải cùng có mặt để ký Sổ đăng ký kết hôn và nhận Giấy chứng nhận kết hôn.',
      'Registered as soon as a complete application is received; up to 5 working days if the conditions for marriage must be verified (Article 18, Law on Civil Status). Both parties must come in person to sign the register and receive the marriage certificate.',
    ),
  },
  identityLevel: 2,
  topic: 'ho-tich',
  fullyOnline: false,
  documents: [
    {
      id: 'giay-to-tuy-than',
      name: text('Giấy tờ tùy thân của hai bên', "Both parties' identity documents"),
      replacedBy: { source: 'dan-cu' },
    },
    {
      id: 'giay-xac-nhan-tinh-trang-hon-nhan',
      name: text('Giấy xác nhận tình trạng hôn nhân', 'Certificate of marital status'),
      note: text(
        'Không phải nộp khi tình trạng hôn nhân của bên đó đã có trong Cơ sở dữ liệu quốc gia về dân cư; nếu chưa có thì nộp giấy do UBND cấp xã nơi thường trú cấp.',
        "Not needed when that party's marital status is already in the National Population Database; otherwise the certificate from the commune where they are permanently registered.",
      ),
      required: false,
      field: 'giayXacNhanTinhTrangHonNhan',
      reuse: ['giay-xac-nhan-tinh-trang-hon-nhan'],
      replacedBy: { source: 'dan-cu' },
    },
    {
      id: 'ban-an-ly-hon',
      name: text('Bản án hoặc quyết định ly hôn đã có hiệu lực pháp luật', 'Final divorce judgment or decision'),
      note: text('Nếu một bên đã ly hôn mà việc ly hôn chưa được ghi vào sổ hộ tịch.', 'If a party is divorced and the divorce is not yet in the civil-status register.'),
      required: false,
      field: 'giayToLyHon',
    },
  ],
};
