import {
  birthRegistrationPath, birthRegistrationSchema, marriagePath, marriageRecordSchema, type BirthRegistration,
} from '@/lib/api-contract/registries';
import { sourceIdentity } from './directory';
import { defineSource, text, type SourceAttribute } from './types';


/** The citizen's current marriage in the electronic civil-status database (404: none). */
export const civilStatusSource = defineSource({
  ...sourceIdentity('ho-tich'),
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

type Parent = 'cha' | 'me';
const parentLabels: Record<Parent, [string, string]> = { cha: ['cha', 'father'], me: ['mẹ', 'mother'] };

/** `cha.hoTen`, `me.soDinhDanh`…: the parents the registration names (absent when not in the population). */
const parentAttributes = (parent: Parent): SourceAttribute<BirthRegistration>[] => {
  const [vi, en] = parentLabels[parent];
  return [
    { id: `${parent}.hoTen`, label: text(`Họ, chữ đệm và tên của ${vi}`, `Full name of the ${en}`), kind: 'text', read: (r) => r[parent]?.hoTen },
    {
      id: `${parent}.soDinhDanh`,
      label: text(`Số định danh cá nhân của ${vi}`, `Personal identification number of the ${en}`),
      kind: 'citizen-id',
      read: (r) => r[parent]?.soDinhDanh,
    },
  ];
};

/**
 * The citizen's own birth registration (trích lục khai sinh) in the same database (404: none, an
 * old paper register not yet digitised). A source of its own because a source is one request:
 * someone unmarried still has a birth record. Both answer to the `ho-tich` system.
 */
export const birthRegistrationSource = defineSource({
  ...sourceIdentity('ho-tich-khai-sinh'),
  correction: text(
    'Nếu thông tin chưa đúng, hãy liên hệ cơ quan đã đăng ký khai sinh để cải chính hộ tịch.',
    'If this is wrong, ask the office that registered the birth to correct the civil-status record.',
  ),
  request: { subject: 'self', path: birthRegistrationPath },
  schema: birthRegistrationSchema,
  attributes: [
    // A birth record exists: the citizen's birth is registered (none gives a 404).
    { id: 'daDangKyKhaiSinh', label: text('Đã đăng ký khai sinh', 'Birth registered'), kind: 'boolean', read: () => true },
    { id: 'soDangKy', label: text('Số đăng ký khai sinh', 'Birth registration number'), kind: 'text', read: (r) => r.soDangKy },
    { id: 'quyenSo', label: text('Quyển số', 'Register book number'), kind: 'text', read: (r) => r.quyenSo },
    { id: 'ngayDangKy', label: text('Ngày đăng ký khai sinh', 'Date of registration'), kind: 'date', read: (r) => r.ngayDangKy },
    { id: 'noiDangKy', label: text('Nơi đăng ký khai sinh', 'Place of registration'), kind: 'text', read: (r) => r.noiDangKy },
    { id: 'hoTen', label: text('Họ, chữ đệm và tên', 'Full name'), kind: 'text', read: (r) => r.hoTen },
    { id: 'ngaySinh', label: text('Ngày, tháng, năm sinh', 'Date of birth'), kind: 'date', read: (r) => r.ngaySinh },
    { id: 'gioiTinh', label: text('Giới tính', 'Sex'), kind: 'code', read: (r) => r.gioiTinh },
    { id: 'noiSinh', label: text('Nơi sinh', 'Place of birth'), kind: 'text', read: (r) => r.noiSinh },
    { id: 'danToc', label: text('Dân tộc', 'Ethnicity'), kind: 'code', read: (r) => r.danToc },
    { id: 'quocTich', label: text('Quốc tịch', 'Nationality'), kind: 'code', read: (r) => r.quocTich },
    ...parentAttributes('cha'),
    ...parentAttributes('me'),
  ],
});
