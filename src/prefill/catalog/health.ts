import { birthCertificatePath, birthCertificateSchema } from '@/lib/api-contract/registries';
import { toAddressValue } from './address';
import { sourceIdentity } from './directory';
import { defineSource, text } from './types';

/**
 * The electronic birth certificate (giấy chứng sinh) the health facility sent, for the most recent
 * birth where the citizen is the mother or the father (404: none).
 */
export const birthCertificateSource = defineSource({
  ...sourceIdentity('y-te'),
  correction: text(
    'Nếu thông tin chưa đúng, hãy đề nghị cơ sở y tế nơi trẻ được sinh ra cấp lại Giấy chứng sinh.',
    'If this is wrong, ask the health facility where the child was born to reissue the birth certificate.',
  ),
  request: { subject: 'self', path: birthCertificatePath },
  schema: birthCertificateSchema,
  attributes: [
    { id: 'soGiayChungSinh', label: text('Số Giấy chứng sinh', 'Birth certificate number'), kind: 'text', read: (r) => r.soGiayChungSinh },
    { id: 'hoTenDuKien', label: text('Họ, chữ đệm và tên dự kiến của trẻ', 'Child’s intended full name'), kind: 'text', read: (r) => r.hoTenDuKien },
    { id: 'ngaySinh', label: text('Ngày sinh của trẻ', 'Child’s date of birth'), kind: 'date', read: (r) => r.ngaySinh },
    { id: 'gioiTinh', label: text('Giới tính của trẻ', 'Child’s sex'), kind: 'code', read: (r) => r.gioiTinh },
    {
      // A giấy chứng sinh is issued by the facility the child was born in: the kind of place, by
      // name, for a "place of birth" choice (matched against the option labels).
      id: 'noiSinh.loai',
      label: text('Loại nơi sinh', 'Kind of place of birth'),
      kind: 'text',
      read: (r) => (r.noiSinh.tenCoSoYTe.trim() === '' ? undefined : 'Cơ sở y tế'),
    },
    { id: 'noiSinh.tenCoSoYTe', label: text('Tên cơ sở y tế nơi sinh', 'Health facility of birth'), kind: 'text', read: (r) => r.noiSinh.tenCoSoYTe },
    { id: 'noiSinh.diaChi', label: text('Địa chỉ nơi sinh', 'Address of the place of birth'), kind: 'address', read: (r) => toAddressValue(r.noiSinh.diaChi) },
    { id: 'me.hoTen', label: text('Họ, chữ đệm và tên của mẹ', 'Mother’s full name'), kind: 'text', read: (r) => r.me.hoTen },
    { id: 'me.soDinhDanh', label: text('Số định danh cá nhân của mẹ', 'Mother’s personal identification number'), kind: 'citizen-id', read: (r) => r.me.soDinhDanh },
    // Only ever "yes": a certificate without a father does not say the father is unknown.
    { id: 'coThongTinCha', label: text('Có thông tin người cha', 'Father named'), kind: 'boolean', read: (r) => (r.cha ? true : undefined) },
    { id: 'cha.hoTen', label: text('Họ, chữ đệm và tên của cha', 'Father’s full name'), kind: 'text', read: (r) => r.cha?.hoTen },
    { id: 'cha.soDinhDanh', label: text('Số định danh cá nhân của cha', 'Father’s personal identification number'), kind: 'citizen-id', read: (r) => r.cha?.soDinhDanh },
  ],
});
