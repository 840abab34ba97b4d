import { deathNoticePath, deathNoticeSchema, type DeathNotice } from '@/lib/api-contract/registries';
import { toAddressValue } from './address';
import { sourceIdentity } from './directory';
import { defineSource, text } from './types';

/**
 * Who the person registering is to the deceased, from who the deceased was to them: a death
 * declaration asks the requester's side ("Con", "Vợ/chồng"), the notice says the deceased's.
 */
const requesterRole: Record<DeathNotice['quanHe'], string | undefined> = {
  cha: 'con', me: 'con', con: 'chaMe', voChong: 'voChong', anhChiEm: 'anhChiEm', ongBa: 'chau', chau: 'ongBa', khac: undefined,
};

/**
 * The electronic death notice (giấy báo tử) the health facility sent, for the most recent death
 * among the signed-in citizen's close relatives (404: none). The registry checks the tie itself.
 */
export const deathNoticeSource = defineSource({
  ...sourceIdentity('bao-tu'),
  correction: text(
    'Nếu thông tin chưa đúng, hãy đề nghị cơ sở y tế đã cấp Giấy báo tử cấp lại.',
    'If this is wrong, ask the health facility that issued the death notice to reissue it.',
  ),
  request: { subject: 'self', path: deathNoticePath },
  schema: deathNoticeSchema,
  attributes: [
    { id: 'soGiayBaoTu', label: text('Số Giấy báo tử', 'Death notice number'), kind: 'text', read: (r) => r.soGiayBaoTu },
    { id: 'ngayCap', label: text('Ngày cấp Giấy báo tử', 'Death notice issued on'), kind: 'date', read: (r) => r.ngayCap },
    { id: 'noiCap', label: text('Cơ sở y tế cấp Giấy báo tử', 'Health facility that issued it'), kind: 'text', read: (r) => r.noiCap },
    {
      id: 'nguoiChet.soDinhDanh',
      label: text('Số định danh cá nhân của người chết', 'Personal identification number of the deceased'),
      kind: 'citizen-id',
      read: (r) => r.nguoiChet.soDinhDanh,
    },
    { id: 'nguoiChet.hoTen', label: text('Họ, chữ đệm và tên của người chết', 'Full name of the deceased'), kind: 'text', read: (r) => r.nguoiChet.hoTen },
    {
      id: 'nguoiChet.noiCuTru',
      label: text('Nơi cư trú của người chết', 'Residence of the deceased'),
      kind: 'address',
      read: (r) => toAddressValue(r.nguoiChet.noiCuTru),
    },
    { id: 'ngayChet', label: text('Ngày chết', 'Date of death'), kind: 'date', read: (r) => r.ngayChet },
    { id: 'gioChet', label: text('Giờ chết', 'Hour of death'), kind: 'number', read: (r) => r.gioChet },
    { id: 'phutChet', label: text('Phút', 'Minute of death'), kind: 'number', read: (r) => r.phutChet },
    // A notice is issued by the facility the person died in: the kind of place, for a "place of death" choice.
    { id: 'noiChet.loai', label: text('Loại nơi chết', 'Kind of place of death'), kind: 'text', read: (r) => (r.noiChet.tenCoSoYTe.trim() === '' ? undefined : 'Cơ sở y tế') },
    { id: 'noiChet.tenCoSoYTe', label: text('Cơ sở y tế nơi chết', 'Health facility of death'), kind: 'text', read: (r) => r.noiChet.tenCoSoYTe },
    { id: 'noiChet.diaChi', label: text('Địa chỉ nơi chết', 'Address of the place of death'), kind: 'address', read: (r) => toAddressValue(r.noiChet.diaChi) },
    { id: 'nguyenNhanChet', label: text('Nguyên nhân chết', 'Cause of death'), kind: 'text', read: (r) => r.nguyenNhanChet },
    {
      id: 'nguoiYeuCau.quanHe',
      label: text('Quan hệ của người yêu cầu với người chết', 'Relationship of the applicant to the deceased'),
      kind: 'code',
      read: (r) => requesterRole[r.quanHe],
    },
  ],
});
