import { marriagePath, marriageRecordSchema } from '@/lib/api-contract/registries';
import { defineSource, text } from './types';

/** The citizen's current marriage in the electronic civil-status database (404: none). */
export const civilStatusSource = defineSource({
  id: 'ho-tich',
  name: text('CSDL hộ tịch điện tử', 'Electronic Civil Status Database'),
  agency: text('Bộ Tư pháp', 'Ministry of Justice'),
  correction: text(
    'Nếu thông tin chưa đúng, hãy liên hệ cơ quan đã đăng ký kết hôn để cải chính hộ tịch.',
    'If this is wrong, ask the office that registered the marriage to correct the civil-status record.',
  ),
  request: { subject: 'self', path: marriagePath },
  schema: marriageRecordSchema,
  attributes: [
    // A marriage record exists: the citizen has registered their marriage (none gives a 404).
    { id: 'daDangKyKetHon', label: text('Đã đăng ký kết hôn', 'Marriage registered'), kind: 'boolean', read: () => true },
    { id: 'soGiayChungNhan', label: text('Số Giấy chứng nhận kết hôn', 'Marriage certificate number'), kind: 'text', read: (r) => r.soGiayChungNhan },
    { id: 'quyenSo', label: text('Quyển số', 'Register book number'), kind: 'text', read: (r) => r.quyenSo },
    { id: 'ngayDangKy', label: text('Ngày đăng ký kết hôn', 'Date of registration'), kind: 'date', read: (r) => r.ngayDangKy },
    { id: 'noiDangKy', label: text('Nơi đăng ký kết hôn', 'Place of registration'), kind: 'text', read: (r) => r.noiDangKy },
    { id: 'vo.hoTen', label: text('Họ, chữ đệm và tên của vợ', 'Wife’s full name'), kind: 'text', read: (r) => r.vo.hoTen },
    { id: 'vo.soDinhDanh', label: text('Số định danh cá nhân của vợ', 'Wife’s personal identification number'), kind: 'citizen-id', read: (r) => r.vo.soDinhDanh },
    { id: 'chong.hoTen', label: text('Họ, chữ đệm và tên của chồng', 'Husband’s full name'), kind: 'text', read: (r) => r.chong.hoTen },
    {
      id: 'chong.soDinhDanh',
      label: text('Số định danh cá nhân của chồng', 'Husband’s personal identification number'),
      kind: 'citizen-id',
      read: (r) => r.chong.soDinhDanh,
    },
  ],
});
