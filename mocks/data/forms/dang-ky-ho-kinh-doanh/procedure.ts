import type { ProcedureInput } from '@/schema/procedure';
import { text } from '../published-form';

/**
 * Đăng ký thành lập hộ kinh doanh, national procedure 1.001612 (domain research §3.7), filed with
 * the commune-level business registration office under Nghị định 168/2025/NĐ-CP.
 */
export const householdBusinessProcedure: ProcedureInput = {
  code: '1.001612',
  name: text('Đăng ký thành lập hộ kinh doanh', 'Registering a household business'),
  agency: text('Cơ quan đăng ký kinh doanh cấp xã', 'Commune-level business registration office'),
  agencyCode: '000.00.31.H56',
  legalBasis: [
    text('Luật Doanh nghiệp số 59/2020/QH14 ngày 17/6/2020', 'Law on Enterprises No. 59/2020/QH14 of 17 June 2020'),
    text(
      'Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ về đăng ký doanh nghiệp',
      'Government Decree No. 168/2025/ND-CP of 30 June 2025 on business registration',
    ),
    text(
      'Thông tư số 68/2025/TT-BTC của Bộ Tài chính ban hành biểu mẫu sử dụng trong đăng ký doanh nghiệp, đăng ký hộ kinh doanh',
      'Ministry of Finance Circular No. 68/2025/TT-BTC on the forms used in business and household-business registration',
    ),
    text(
      'Thông tư số 85/2019/TT-BTC hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân cấp tỉnh',
      "Circular No. 85/2019/TT-BTC on fees and charges set by provincial People's Councils",
    ),
  ],
  fee: {
    direct: 100_000,
    online: 50_000,
    note: text(
      'Lệ phí do Hội đồng nhân dân cấp tỉnh quy định (Thông tư 85/2019/TT-BTC); mức trên là mức thường gặp, nộp trực tuyến được giảm. Trang thủ tục quốc gia ghi 50.000 đồng.',
      "The fee is set by the provincial People's Council (Circular 85/2019/TT-BTC); the amounts shown are typical, with a reduction for filing online. The national procedure record shows 50,000 VND.",
    ),
  },
  processingTime: {
    value: 3,
    unit: 'working-day',
    note: text(
      'Kể từ ngày nhận đủ hồ sơ hợp lệ. Mã số hộ kinh doanh là số định danh cá nhân của chủ hộ.',
      "From the day a complete, valid application is received. The household business's number is the owner's personal identification number.",
    ),
  },
  identityLevel: 2,
  topic: 'kinh-doanh',
  fullyOnline: true,
  documents: [
    {
      id: 'giay-de-nghi-dang-ky',
      name: text('Giấy đề nghị đăng ký hộ kinh doanh (Mẫu số 1, Phụ lục II, Thông tư 68/2025/TT-BTC)', 'Application to register a household business (Form 1, Annex II, Circular 68/2025/TT-BTC)'),
      note: text('Là tờ khai điện tử này.', 'This e-form is the application.'),
    },
    {
      id: 'giay-to-phap-ly-ca-nhan',
      name: text('Bản sao giấy tờ pháp lý của cá nhân chủ hộ và thành viên góp vốn', 'Copies of the identity documents of the owner and contributing members'),
      replacedBy: { source: 'dan-cu' },
    },
    {
      id: 'bien-ban-hop-thanh-vien',
      name: text('Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh', 'Minutes of the household meeting on setting up the business'),
      note: text('Khi các thành viên hộ gia đình cùng góp vốn.', 'When household members contribute capital together.'),
      required: false,
      field: 'bienBanHopThanhVien',
    },
    {
      id: 'van-ban-uy-quyen',
      name: text('Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ', "Household members' authorisation of one member as owner"),
      note: text('Khi các thành viên hộ gia đình cùng đăng ký hộ kinh doanh.', 'When household members register the business together.'),
      required: false,
      field: 'giayToKhac',
    },
  ],
};
