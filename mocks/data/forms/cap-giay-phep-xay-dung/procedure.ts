import type { ProcedureInput } from '@/schema/procedure';
import { text } from '../published-form';

/**
 * Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ, national procedure 1.013225 (domain research
 * §3.9), issued by the commune People's Committee since the two-level local government of 2025.
 */
export const buildingPermitProcedure: ProcedureInput = {
  code: '1.013225',
  name: text('Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'Building permit for a new detached house'),
  agency: text('Ủy ban nhân dân cấp xã', "Commune-level People's Committee"),
  agencyCode: '000.00.31.H56',
  legalBasis: [
    text(
      'Luật Xây dựng số 50/2014/QH13 ngày 18/6/2014, được sửa đổi, bổ sung bởi Luật số 62/2020/QH14',
      'Construction Law No. 50/2014/QH13 of 18 June 2014, as amended by Law No. 62/2020/QH14',
    ),
    text(
      'Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng (Mẫu số 01 Phụ lục II)',
      'Government Decree No. 175/2024/ND-CP of 30 December 2024 on the management of construction activities (Form 01, Annex II)',
    ),
    text(
      'Thông tư số 85/2019/TT-BTC hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân cấp tỉnh',
      "Circular No. 85/2019/TT-BTC on fees and charges set by provincial People's Councils",
    ),
  ],
  fee: {
    direct: 75_000,
    online: 75_000,
    note: text(
      'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ do Hội đồng nhân dân cấp tỉnh quy định; 75.000 đồng/giấy phép là mức thường gặp, một số tỉnh giảm khi nộp trực tuyến.',
      "The fee for a detached-house building permit is set by the provincial People's Council; 75,000 VND per permit is typical, and some provinces charge less online.",
    ),
  },
  processingTime: {
    value: 7,
    unit: 'working-day',
    note: text(
      'Kể từ ngày nhận đủ hồ sơ hợp lệ (10 ngày đối với công trình khác).',
      'From the day a complete, valid application is received (10 days for other works).',
    ),
  },
  identityLevel: 2,
  topic: 'xay-dung',
  fullyOnline: true,
  documents: [
    {
      id: 'don-de-nghi',
      name: text('Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị định 175/2024/NĐ-CP)', 'Application for a building permit (Form 01, Annex II, Decree 175/2024/ND-CP)'),
      note: text('Là tờ khai điện tử này.', 'This e-form is the application.'),
    },
    {
      id: 'giay-to-quyen-su-dung-dat',
      name: text('Giấy tờ hợp pháp về quyền sử dụng đất', 'Proof of the right to use the land'),
      note: text(
        'Không phải nộp khi thửa đất đã có trong Cơ sở dữ liệu quốc gia về đất đai; có thể chọn bản điện tử trong kho dữ liệu.',
        'Not needed when the parcel is in the National Land Database; you may pick the electronic copy in your data store.',
      ),
      field: 'giayChungNhan',
      reuse: ['giay-chung-nhan-quyen-su-dung-dat'],
      replacedBy: { source: 'dat-dai' },
    },
    {
      id: 'ban-ve-thiet-ke',
      name: text(
        'Hai bộ bản vẽ thiết kế: mặt bằng vị trí công trình trên lô đất, mặt bằng, mặt cắt, mặt đứng, móng và đấu nối hạ tầng',
        'Two sets of design drawings: site plan, floor plans, sections, elevations, foundations and utility connections',
      ),
      field: 'banVeThietKe',
    },
    {
      id: 'cam-ket-an-toan',
      name: text('Bản cam kết bảo đảm an toàn đối với công trình liền kề', 'Undertaking on the safety of neighbouring buildings'),
      note: text('Khi công trình có tầng hầm hoặc xây chen.', 'When the house has a basement or is built between existing buildings.'),
      required: false,
      field: 'camKetAnToan',
    },
    {
      id: 'giay-to-nhan-than',
      name: text('Giấy tờ nhân thân của chủ đầu tư', "The owner's identity document"),
      replacedBy: { source: 'dan-cu' },
    },
  ],
};
