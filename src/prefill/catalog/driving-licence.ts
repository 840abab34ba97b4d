import { drivingLicenceListSchema, drivingLicencesPath, type DrivingLicence, type DrivingLicenceClass } from '@/lib/api-contract/driving-licences';
import { sourceIdentity } from './directory';
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

/** Cards issued from this day carry the classes of the Road Traffic Order and Safety Law 2024. */
const newClassesSince = '2025-01-01';

/**
 * The class a card issued before 2025 becomes when exchanged (Law 2024, art. 89); later cards keep
 * theirs. Only the one-to-one conversions: where the law leaves a choice or adds a restriction
 * (old B1 automatic, A4, FB2, FD), the citizen picks the class.
 */
const oldClassExchangedTo: Partial<Record<DrivingLicenceClass, DrivingLicenceClass>> = {
  A1: 'A1', A2: 'A', A3: 'B1', B2: 'B', C: 'C', D: 'D2', E: 'D', FC: 'CE', FE: 'DE',
};
const classAfterExchange = (licence: DrivingLicence): DrivingLicenceClass | undefined =>
  licence.ngayCap < newClassesSince ? oldClassExchangedTo[licence.hang] : licence.hang;

export const drivingLicenceSource = defineSource({
  ...sourceIdentity('gplx'),
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
    {
      id: 'hangSauDoi',
      label: text('Hạng tương ứng khi đổi', 'Class after the exchange'),
      kind: 'code',
      read: (r) => {
        const licence = licenceToExchange(r);
        return licence ? classAfterExchange(licence) : undefined;
      },
    },
    { id: 'ngayHetHan', label: text('Ngày hết hạn', 'Expires on'), kind: 'date', read: (r) => licenceToExchange(r)?.ngayHetHan },
  ],
});
