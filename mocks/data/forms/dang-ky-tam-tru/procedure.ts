import type { ProcedureInput } from '@/schema/procedure';
import { residenceDocuments, residenceLegalBasis } from '../dang-ky-thuong-tru/ct01-documents';
import { text } from '../published-form';

/** Đăng ký tạm trú, national procedure 1.004194, at the commune police (domain research §3.6). */
export const temporaryResidenceProcedure: ProcedureInput = {
  code: '1.004194',
  name: text('Đăng ký tạm trú', 'Temporary residence registration'),
  agency: text('Công an cấp xã', 'Commune-level police'),
  agencyCode: '000.31.15.H56',
  legalBasis: residenceLegalBasis,
  fee: {
    direct: 15_000,
    online: 7_000,
    note: text(
      'Nộp trực tuyến 7.000 đồng, trực tiếp 15.000 đồng (Thông tư 75/2022/TT-BTC, sửa đổi bởi Thông tư 71/2025/TT-BTC). Miễn lệ phí cho một số đối tượng như trẻ em, người có công, hộ nghèo.',
      '7,000 VND online, 15,000 VND in person (Circular 75/2022/TT-BTC as amended by Circular 71/2025/TT-BTC). Some people are exempt, such as children, people with merit and poor households.',
    ),
  },
  processingTime: { value: 3, unit: 'working-day' },
  identityLevel: 2,
  topic: 'cu-tru',
  fullyOnline: true,
  documents: residenceDocuments,
};
