import type { ProcedureInput } from '@/schema/procedure';
import { text } from '../published-form';

/**
 * Đăng ký biến động đất đai, tài sản gắn liền với đất (chuyển nhượng, tặng cho, thừa kế, thế
 * chấp…), national procedure 1.013831 (domain research §3.8). Provincial records give 8 working
 * days; the national record's 18 is out of line with them.
 */
export const landChangeProcedure: ProcedureInput = {
  code: '1.013831',
  name: text(
    'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    'Registering a change in land use rights or ownership of property attached to land',
  ),
  agency: text('Văn phòng đăng ký đất đai hoặc Chi nhánh Văn phòng đăng ký đất đai', 'Land registration office or its branch'),
  agencyCode: '000.20.12.H56',
  legalBasis: [
    text('Luật Đất đai số 31/2024/QH15 ngày 18/01/2024', 'Land Law No. 31/2024/QH15 of 18 January 2024'),
    text(
      'Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
      'Government Decree No. 101/2024/ND-CP of 29 July 2024 on land surveys, registration and land-use certificates',
    ),
    text(
      'Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai (Mẫu số 18)',
      'Government Decree No. 151/2025/ND-CP of 12 June 2025 on the division of land-administration powers between the two levels of local government (Form 18)',
    ),
  ],
  fee: {
    direct: 50_000,
    online: 25_000,
    note: text(
      'Lệ phí đăng ký biến động, cấp Giấy chứng nhận do Hội đồng nhân dân cấp tỉnh quy định; mức trên là mức thường gặp, nộp trực tuyến được giảm. Ngoài ra nộp lệ phí trước bạ (0,5%) và thuế thu nhập cá nhân (2% giá chuyển nhượng) theo thông báo của cơ quan thuế, trừ trường hợp được miễn.',
      "The registration and certificate fees are set by the provincial People's Council; the amounts shown are typical, with a reduction for filing online. Registration tax (0.5%) and personal income tax (2% of the transfer price) are paid as the tax office notifies, unless exempt.",
    ),
  },
  processingTime: {
    value: 8,
    unit: 'working-day',
    note: text(
      'Không quá 8 ngày làm việc; các xã miền núi, hải đảo, vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn được cộng thêm. Không tính thời gian thực hiện nghĩa vụ tài chính.',
      'Up to 8 working days; longer in mountain, island and disadvantaged communes. The time to pay taxes and fees is not counted.',
    ),
  },
  identityLevel: 2,
  topic: 'dat-dai',
  // The issued certificate itself must be handed in to be amended or replaced.
  fullyOnline: false,
  documents: [
    {
      id: 'don-dang-ky-bien-dong',
      name: text('Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 18)', 'Application to register a change in land or attached property (Form 18)'),
      note: text('Là tờ khai điện tử này.', 'This e-form is the application.'),
    },
    {
      id: 'giay-chung-nhan-da-cap',
      name: text('Bản gốc Giấy chứng nhận đã cấp', 'The original certificate already issued'),
      note: text(
        'Đính kèm bản điện tử khi nộp trực tuyến; nộp bản gốc khi nhận kết quả để chỉnh lý hoặc cấp mới.',
        'Attach the electronic copy online; hand in the original when you collect the result, to be amended or replaced.',
      ),
      field: 'giayChungNhan',
      reuse: ['giay-chung-nhan-quyen-su-dung-dat'],
    },
    {
      id: 'hop-dong-van-ban',
      name: text(
        'Hợp đồng, văn bản về việc chuyển quyền (chuyển nhượng, tặng cho, thừa kế, thế chấp, góp vốn) có công chứng, chứng thực',
        'The notarised contract or deed of the change (transfer, gift, inheritance, mortgage, capital contribution)',
      ),
      field: 'hopDong',
    },
    {
      id: 'to-khai-thue',
      name: text(
        'Tờ khai lệ phí trước bạ (01/LPTB) và tờ khai thuế thu nhập cá nhân (03/BĐS-TNCN)',
        'Registration-tax return (01/LPTB) and personal income tax return (03/BĐS-TNCN)',
      ),
      note: text('Khi chuyển quyền sử dụng đất.', 'When land use rights change hands.'),
      required: false,
      field: 'toKhaiThue',
    },
    {
      id: 'giay-to-mien-giam',
      name: text('Giấy tờ chứng minh được miễn, giảm nghĩa vụ tài chính', 'Proof of an exemption or reduction of taxes and fees'),
      note: text('Nếu thuộc đối tượng được miễn, giảm.', 'If you are exempt or entitled to a reduction.'),
      required: false,
      field: 'giayToMienGiam',
    },
    {
      id: 'giay-to-nhan-than',
      name: text('Giấy tờ nhân thân của người sử dụng đất', "The land user's identity document"),
      replacedBy: { source: 'dan-cu' },
    },
  ],
};
