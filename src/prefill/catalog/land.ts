import { parcelListSchema, parcelsPath, type Parcel } from '@/lib/api-contract/registries';
import { toAddressValue } from './address';
import { sourceIdentity } from './directory';
import { defineSource, text } from './types';

/** The first parcel the citizen holds a certificate for. */
const first = (list: { items: readonly Parcel[] }): Parcel | undefined => list.items[0];

export const landSource = defineSource({
  ...sourceIdentity('dat-dai'),
  correction: text(
    'Nếu thông tin chưa đúng, hãy liên hệ Văn phòng đăng ký đất đai nơi có thửa đất để chỉnh lý.',
    'If this is wrong, ask the land registration office where the parcel lies to correct it.',
  ),
  request: { subject: 'self', path: parcelsPath },
  schema: parcelListSchema,
  attributes: [
    { id: 'diaChi', label: text('Địa chỉ thửa đất', 'Address of the parcel'), kind: 'address', read: (r) => toAddressValue(first(r)?.diaChi) },
    { id: 'soTo', label: text('Tờ bản đồ số', 'Map sheet number'), kind: 'number', read: (r) => first(r)?.soTo },
    { id: 'soThua', label: text('Thửa đất số', 'Parcel number'), kind: 'number', read: (r) => first(r)?.soThua },
    { id: 'dienTich', label: text('Diện tích (m²)', 'Area (m²)'), kind: 'number', read: (r) => first(r)?.dienTich },
    { id: 'mucDichSuDung', label: text('Mục đích sử dụng', 'Land use'), kind: 'text', read: (r) => first(r)?.mucDichSuDung },
    {
      id: 'giayChungNhan.soPhatHanh',
      label: text('Số phát hành Giấy chứng nhận', 'Certificate serial number'),
      kind: 'text',
      read: (r) => first(r)?.giayChungNhan.soPhatHanh,
    },
    { id: 'giayChungNhan.soVaoSo', label: text('Số vào sổ cấp Giấy chứng nhận', 'Certificate register entry'), kind: 'text', read: (r) => first(r)?.giayChungNhan.soVaoSo },
    { id: 'giayChungNhan.ngayCap', label: text('Ngày cấp Giấy chứng nhận', 'Certificate issued on'), kind: 'date', read: (r) => first(r)?.giayChungNhan.ngayCap },
  ],
});
