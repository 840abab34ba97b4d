import type { ProcedureInput } from '@/schema/procedure';
import { text } from '../published-form';
import { residenceDocuments, residenceLegalBasis } from './ct01-documents';

/** Đăng ký thường trú, national procedure 1.004222, at the commune police (domain research §3.6). */
export const permanentResidenceProcedure: ProcedureInput = {
  code: '1.004222',
  name: text('Đăng ký thường trú', 'Permanent residence registration'),
  agency: text('Công an cấp xã', 'Commune-level police'),
  agencyCode: '000.31.15.H56',
  legalBasis: residenceLegalBasis,
  fee: {
    direct: 20_000,
    online: 10_000,
    note: text(
      'Nộp trực tuyến 10.000 đồng, trực tiếp 20.000 đồng (Thông tư 75/2022/TT-BTC, sửa đổi bởi Thông tư 71/2025/TT-BTC). Miễn lệ phí cho một số đối tượng như trẻ em, người có công, hộ nghèo.',
      '10,000 VND online, 20,000 VND in person (Circular 75/2022/TT-BTC as amended by Circular 71/2025/TT-BTC). Some people are exempt, such as children, people with merit and poor households.',
    ),
  },
  processingTime: { value: 7, unit: 'working-day' },
  identityLevel: 2,
  topic: 'cu-tru',
  fullyOnline: true,
  documents: residenceDocuments,
};
