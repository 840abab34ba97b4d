import { businessesPath, businessListSchema, type Business } from '@/lib/api-contract/registries';
import { toAddressValue } from './address';
import { sourceIdentity } from './directory';
import { defineSource, text } from './types';

/** The first business the citizen represents or owns: forms about "your business" mean that one. */
const first = (list: { items: readonly Business[] }): Business | undefined => list.items[0];
const mainActivity = (business: Business | undefined) =>
  business?.nganhNghe.find((activity) => activity.chinh) ?? business?.nganhNghe[0];

export const businessSource = defineSource({
  ...sourceIdentity('dkkd'),
  correction: text(
    'Nếu thông tin chưa đúng, hãy thực hiện thủ tục thay đổi nội dung đăng ký kinh doanh tại cơ quan đăng ký kinh doanh.',
    'If this is wrong, apply to the business registration office to change the registered details.',
  ),
  request: { subject: 'self', path: businessesPath },
  schema: businessListSchema,
  attributes: [
    { id: 'maSoThue', label: text('Mã số doanh nghiệp (mã số thuế)', 'Enterprise (tax) code'), kind: 'tax-code', read: (r) => first(r)?.maSoThue },
    { id: 'ten', label: text('Tên doanh nghiệp', 'Business name'), kind: 'text', read: (r) => first(r)?.ten },
    { id: 'loaiHinh', label: text('Loại hình doanh nghiệp', 'Type of business'), kind: 'code', read: (r) => first(r)?.loaiHinh },
    { id: 'diaChiTruSo', label: text('Địa chỉ trụ sở chính', 'Registered office'), kind: 'address', read: (r) => toAddressValue(first(r)?.diaChiTruSo) },
    { id: 'vonDieuLe', label: text('Vốn điều lệ', 'Charter capital'), kind: 'money', read: (r) => first(r)?.vonDieuLe },
    { id: 'ngayDangKy', label: text('Ngày đăng ký lần đầu', 'First registered on'), kind: 'date', read: (r) => first(r)?.ngayDangKy },
    { id: 'nganhNgheChinh.ma', label: text('Mã ngành kinh doanh chính', 'Main business activity code'), kind: 'code', read: (r) => mainActivity(first(r))?.ma },
    { id: 'nganhNgheChinh.ten', label: text('Ngành kinh doanh chính', 'Main business activity'), kind: 'text', read: (r) => mainActivity(first(r))?.ten },
  ],
});
