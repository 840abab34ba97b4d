import type { ProcedureInput } from '@/schema/procedure';
import { text } from '../published-form';

type Documents = NonNullable<ProcedureInput['documents']>;

/** The legal basis both registrations share (domain research §3.6). */
export const residenceLegalBasis = [
  text('Luật Cư trú số 68/2020/QH14 ngày 13/11/2020', 'Law on Residence No. 68/2020/QH14 of 13 November 2020'),
  text(
    'Nghị định số 154/2024/NĐ-CP ngày 26/11/2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú',
    'Government Decree No. 154/2024/ND-CP of 26 November 2024 detailing the Law on Residence',
  ),
  text(
    'Thông tư số 53/2025/TT-BCA ngày 01/7/2025 của Bộ Công an quy định biểu mẫu trong đăng ký, quản lý cư trú (mẫu CT01)',
    'Ministry of Public Security Circular No. 53/2025/TT-BCA of 1 July 2025 on residence forms (form CT01)',
  ),
  text(
    'Thông tư số 75/2022/TT-BTC ngày 22/12/2022 của Bộ Tài chính quy định mức thu lệ phí đăng ký cư trú, được sửa đổi, bổ sung bởi Thông tư số 71/2025/TT-BTC',
    'Ministry of Finance Circular No. 75/2022/TT-BTC of 22 December 2022 on residence registration fees, as amended by Circular No. 71/2025/TT-BTC',
  ),
];

/** The dossier of both registrations: the declaration, proof of a lawful residence, and the owner's consent. */
export const residenceDocuments: Documents = [
  {
    id: 'to-khai-ct01',
    name: text('Tờ khai thay đổi thông tin cư trú (mẫu CT01)', 'Declaration of change of residence information (form CT01)'),
    note: text('Là biểu mẫu điện tử này.', 'This e-form.'),
  },
  {
    id: 'giay-chung-nhan-quyen-su-dung-dat',
    name: text('Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở', 'Land use and house ownership certificate'),
    note: text(
      'Khi chỗ ở là nhà của mình: chứng minh chỗ ở hợp pháp. Không phải nộp khi CSDL quốc gia về đất đai đã có thông tin.',
      'When the home is your own: proof of a lawful residence. Not needed when the National Land Database holds it.',
    ),
    required: false,
    field: 'giayChungNhan',
    reuse: ['giay-chung-nhan-quyen-su-dung-dat'],
    replacedBy: { source: 'dat-dai' },
  },
  {
    id: 'hop-dong-thue-muon-o-nho',
    name: text('Hợp đồng, văn bản cho thuê, cho mượn, cho ở nhờ', 'Rental, loan or lodging agreement'),
    note: text('Khi chỗ ở là nhà thuê, mượn hoặc ở nhờ: chứng minh chỗ ở hợp pháp.', 'When the home is rented, borrowed or shared: proof of a lawful residence.'),
    required: false,
    field: 'hopDongThue',
  },
  {
    id: 'y-kien-chu-so-huu',
    name: text('Ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở hợp pháp', 'Agreement of the head of household and of the owner'),
    note: text(
      'Trực tuyến: chủ hộ, chủ sở hữu xác nhận đồng ý trên ứng dụng VNeID thay cho chữ ký trên tờ khai; không cần văn bản riêng.',
      'Online: the head of household and the owner agree in the VNeID app instead of signing the form; no separate letter is needed.',
    ),
    required: false,
  },
  {
    id: 'giay-to-quan-he-nhan-than',
    name: text('Giấy tờ chứng minh quan hệ nhân thân', 'Proof of the family relationship'),
    note: text('Khi về ở với người thân; không phải nộp nếu quan hệ đã có trong CSDL quốc gia về dân cư.', 'When living with a relative; not needed when the population database holds the relationship.'),
    required: false,
    replacedBy: { source: 'dan-cu' },
  },
];
