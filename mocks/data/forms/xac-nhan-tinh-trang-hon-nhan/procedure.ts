import type { ProcedureInput } from '@/schema/procedure';
import { text } from '../published-form';

/**
 * Cấp Giấy xác nhận tình trạng hôn nhân, national procedure 1.004873 (domain research §3.3). The
 * fee is the provincial People's Council's to set; the figure here is an illustrative one of that
 * order (10,000 VND, halved online as several provinces do) — the portal's guide shows 0 VND
 * where a province waives it.
 */
export const maritalStatusProcedure: ProcedureInput = {
  code: '1.004873',
  name: text('Cấp Giấy xác nhận tình trạng hôn nhân', 'Certificate of marital status'),
  agency: text('Ủy ban nhân dân cấp xã', "Commune-level People's Committee"),
  agencyCode: '000.00.31.H56',
  legalBasis: [
    text('Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014', 'Law on Civil Status No. 60/2014/QH13 of 20 November 2014'),
    text(
      'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ (Điều 21 – 23: cấp Giấy xác nhận tình trạng hôn nhân)',
      'Government Decree No. 123/2015/ND-CP of 15 November 2015 (Articles 21–23: certificates of marital status)',
    ),
    text(
      'Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp, được sửa đổi, bổ sung bởi Thông tư số 04/2024/TT-BTP',
      'Ministry of Justice Circular No. 04/2020/TT-BTP of 28 May 2020, as amended by Circular No. 04/2024/TT-BTP',
    ),
    text('Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính (lệ phí do HĐND cấp tỉnh quy định)', 'Ministry of Finance Circular No. 85/2019/TT-BTC of 29 November 2019 (fees set by provincial councils)'),
  ],
  fee: {
    direct: 10_000,
    online: 5_000,
    note: text(
      'Mức lệ phí do Hội đồng nhân dân cấp tỉnh quy định (mức minh họa: 10.000 đồng, nộp trực tuyến giảm 50%); một số tỉnh miễn lệ phí. Miễn cho người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật.',
      "The fee is set by the provincial People's Council (illustrative figure: 10,000 VND, halved when filed online); some provinces waive it. Free for families of people with revolutionary merit, poor households and people with disabilities.",
    ),
  },
  processingTime: {
    value: 3,
    unit: 'working-day',
    note: text(
      'Trường hợp cần xác minh tình trạng hôn nhân ở nơi cư trú trước đây thì thời hạn được kéo dài theo thời gian xác minh. Giấy xác nhận có giá trị 6 tháng kể từ ngày cấp.',
      'Longer if the marital status must be verified where the person lived before. The certificate is valid for 6 months from issue.',
    ),
  },
  identityLevel: 2,
  topic: 'ho-tich',
  fullyOnline: true,
  documents: [
    {
      id: 'giay-to-tuy-than',
      name: text('Giấy tờ tùy thân của người yêu cầu', "The applicant's identity document"),
      replacedBy: { source: 'dan-cu' },
    },
    {
      id: 'giay-to-hon-nhan-truoc-day',
      name: text(
        'Bản án, quyết định ly hôn hoặc trích lục khai tử của vợ/chồng',
        "Divorce judgment or decision, or the death extract of the former spouse",
      ),
      note: text(
        'Nếu người được xác nhận đã ly hôn hoặc góa mà việc đó chưa có trong Cơ sở dữ liệu hộ tịch điện tử.',
        'If the person is divorced or widowed and this is not yet in the electronic civil-status database.',
      ),
      required: false,
      field: 'giayToHonNhanTruocDay',
      replacedBy: { source: 'ho-tich' },
    },
    {
      id: 'van-ban-uy-quyen',
      name: text('Văn bản ủy quyền', 'Letter of authorisation'),
      note: text('Khi xin xác nhận cho người khác mà không phải là người thân.', 'When applying for someone else who is not a relative.'),
      required: false,
      field: 'giayToKhac',
    },
  ],
};
