import type { ProcedureInput } from '@/schema/procedure';
import { text } from '../published-form';

/**
 * Đổi giấy phép lái xe, national procedure 3.000347 (domain research §3.10): the police issue
 * driving licences since 1 March 2025, when the function moved from the transport departments.
 */
export const licenceExchangeProcedure: ProcedureInput = {
  code: '3.000347',
  name: text('Đổi giấy phép lái xe do ngành Công an cấp', 'Exchange of a driving licence'),
  agency: text('Phòng Cảnh sát giao thông Công an cấp tỉnh', 'Traffic police department of the provincial police'),
  agencyCode: '000.00.16.H56',
  legalBasis: [
    text('Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 ngày 27/6/2024', 'Road Traffic Order and Safety Law No. 36/2024/QH15 of 27 June 2024'),
    text(
      'Thông tư số 12/2025/TT-BCA ngày 28/02/2025 của Bộ Công an quy định về sát hạch, cấp giấy phép lái xe (Phụ lục XII: đơn đề nghị đổi giấy phép lái xe)',
      'Ministry of Public Security Circular No. 12/2025/TT-BCA of 28 February 2025 on driving tests and licences (Appendix XII: application to exchange a licence)',
    ),
    text(
      'Thông tư số 37/2023/TT-BTC ngày 07/6/2023 của Bộ Tài chính quy định lệ phí cấp giấy phép lái xe; Thông tư số 63/2023/TT-BTC về mức thu khi nộp trực tuyến',
      'Ministry of Finance Circular No. 37/2023/TT-BTC of 7 June 2023 on the driving licence fee; Circular No. 63/2023/TT-BTC on the online rate',
    ),
  ],
  fee: {
    direct: 135_000,
    online: 115_000,
    note: text(
      '135.000 đồng/lần; nộp trực tuyến 115.000 đồng theo Thông tư 63/2023/TT-BTC (áp dụng từ 01/12/2023 đến 31/12/2025). Việc tiếp tục áp dụng mức giảm sau năm 2025 cần kiểm tra theo văn bản mới nhất của Bộ Tài chính.',
      '135,000 VND; 115,000 VND online under Circular 63/2023/TT-BTC (1 December 2023 to 31 December 2025). Whether the online discount continues after 2025 depends on the Ministry of Finance’s latest circular.',
    ),
  },
  processingTime: { value: 5, unit: 'working-day' },
  identityLevel: 2,
  topic: 'giao-thong',
  fullyOnline: true,
  documents: [
    {
      id: 'don-de-nghi-doi-gplx',
      name: text('Đơn đề nghị đổi giấy phép lái xe (Phụ lục XII, Thông tư 12/2025/TT-BCA)', 'Application to exchange a driving licence (Appendix XII, Circular 12/2025/TT-BCA)'),
      note: text('Là biểu mẫu điện tử này.', 'This e-form.'),
    },
    {
      id: 'giay-kham-suc-khoe-lai-xe',
      name: text('Giấy khám sức khỏe của người lái xe', "Driver's health certificate"),
      note: text(
        'Còn hiệu lực, do cơ sở y tế có thẩm quyền cấp. Không cần cho hạng A1, A, B1. Có thể dùng giấy khám sức khỏe điện tử trong kho dữ liệu của bạn.',
        'Still valid, from an authorised health facility. Not needed for classes A1, A and B1. You can use the electronic certificate in your data store.',
      ),
      field: 'giayKhamSucKhoe',
      reuse: ['giay-kham-suc-khoe-lai-xe'],
    },
    {
      id: 'giay-phep-lai-xe',
      name: text('Bản sao giấy phép lái xe đang có', 'Copy of your current driving licence'),
      replacedBy: { source: 'gplx' },
    },
    {
      id: 'giay-to-tuy-than',
      name: text('Bản sao thẻ Căn cước và ảnh chân dung', 'Copy of your identity card and a portrait photo'),
      note: text('Ảnh và thông tin nhân thân được lấy từ CSDL quốc gia về dân cư.', 'The photo and personal details are taken from the National Population Database.'),
      replacedBy: { source: 'dan-cu' },
    },
  ],
};
