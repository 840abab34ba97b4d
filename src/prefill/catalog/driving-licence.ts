import { drivingLicenceListSchema, drivingLicencesPath, type DrivingLicence } from '@/lib/api-contract/driving-licences';
import { defineSource, text } from './types';

/**
 * The licence a citizen is most likely exchanging: the one with a term that ends first (a car or
 * truck licence nearing expiry); a motorbike licence without a term only when there is no other.
 */
export function licenceToExchange(list: { items: readonly DrivingLicence[] }): DrivingLicence | undefined {
  const withTerm = list.items.filter((licence) => licence.ngayHetHan !== undefined);
  const byExpiry = [...withTerm].sort((a, b) => (a.ngayHetHan ?? '').localeCompare(b.ngayHetHan ?? ''));
  return byExpiry[0] ?? list.items[0];
}

export const drivingLicenceSource = defineSource({
  id: 'gplx',
  name: text('CSDL giấy phép lái xe', 'Driving Licence Database'),
  agency: text('Bộ Công an', 'Ministry of Public Security'),
  correction: text(
    'Nếu thông tin giấy phép lái xe chưa đúng, hãy liên hệ Phòng Cảnh sát giao thông Công an cấp tỉnh để điều chỉnh.',
    'If your driving licence details are wrong, ask the traffic police department of the provincial police to correct them.',
  ),
  request: { subject: 'self', path: drivingLicencesPath },
  schema: drivingLicenceListSchema,
  attributes: [
    { id: 'soGiayPhep', label: text('Số giấy phép lái xe', 'Driving licence number'), kind: 'text', read: (r) => licenceToExchange(r)?.soGiayPhep },
    { id: 'hang', label: text('Hạng giấy phép lái xe', 'Licence class'), kind: 'code', read: (r) => licenceToExchange(r)?.hang },
    { id: 'coQuanCap', label: text('Cơ quan cấp', 'Issued by'), kind: 'text', read: (r) => licenceToExchange(r)?.coQuanCap },
    { id: 'ngayCap', label: text('Ngày cấp', 'Issued on'), kind: 'date', read: (r) => licenceToExchange(r)?.ngayCap },
    { id: 'ngayHetHan', label: text('Ngày hết hạn', 'Expires on'), kind: 'date', read: (r) => licenceToExchange(r)?.ngayHetHan },
  ],
});
