import type { ProcedureInput } from '@/schema/procedure';
import { text } from '../published-form';

/**
 * Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, national procedure 3.000333 (domain research
 * §3.5): issued by the provincial police since 2025, when the judicial-record function moved from
 * the provincial justice departments. The interactive e-form stands in for Mẫu số 01/2025/LLTP.
 */
export const criminalRecordProcedure: ProcedureInput = {
  code: '3.000333',
  name: text('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', 'Judicial record certificate for a Vietnamese citizen'),
  agency: text('Công an cấp tỉnh', 'Provincial police'),
  agencyCode: '000.00.15.H56',
  legalBasis: [
    text('Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/6/2009', 'Law on Judicial Records No. 28/2009/QH12 of 17 June 2009'),
    text(
      'Thông tư số 244/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp',
      'Ministry of Finance Circular No. 244/2016/TT-BTC of 11 November 2016 on the fee for judicial record information',
    ),
    text(
      'Mẫu số 01/2025/LLTP và 04/2025/LLTP (tờ khai yêu cầu cấp Phiếu lý lịch tư pháp, bản giấy và biểu mẫu điện tử tương tác)',
      'Forms 01/2025/LLTP and 04/2025/LLTP (request for a judicial record certificate, paper and interactive electronic versions)',
    ),
  ],
  fee: {
    direct: 200_000,
    online: 200_000,
    note: text(
      '200.000 đồng/lần/người. Sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng. Miễn phí cho trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo, người cư trú tại xã đặc biệt khó khăn (Thông tư 244/2016/TT-BTC). Từ Phiếu thứ 3 trở đi có thể thu thêm phí in phiếu.',
      '200,000 VND per request. Students, people with merit to the revolution and martyrs’ relatives pay 100,000 VND. Free for children, the elderly, people with disabilities, members of poor households and residents of especially disadvantaged communes (Circular 244/2016/TT-BTC). A third and further certificates may cost extra.',
    ),
  },
  processingTime: {
    value: 10,
    unit: 'day',
    note: text(
      'Không quá 15 ngày nếu bạn đã cư trú ở nhiều tỉnh, thành phố hoặc ở nước ngoài, hoặc cần xác minh thêm.',
      'Up to 15 days if you have lived in several provinces or abroad, or more checks are needed.',
    ),
  },
  identityLevel: 2,
  topic: 'tu-phap',
  fullyOnline: true,
  documents: [
    {
      id: 'to-khai-lltp',
      name: text('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 'Request for a judicial record certificate'),
      note: text('Là biểu mẫu điện tử này.', 'This e-form.'),
    },
    {
      id: 'giay-to-tuy-than',
      name: text('Bản chụp giấy tờ tùy thân', 'Copy of an identity document'),
      replacedBy: { source: 'dan-cu' },
    },
    {
      id: 'giay-to-cu-tru',
      name: text('Bản chụp giấy tờ chứng minh nơi cư trú', 'Copy of proof of residence'),
      replacedBy: {
        source: 'dan-cu',
        note: text('Nơi thường trú, tạm trú được đọc từ CSDL quốc gia về dân cư.', 'Permanent and temporary residence are read from the National Population Database.'),
      },
    },
    {
      id: 'giay-to-mien-giam-phi',
      name: text('Giấy tờ chứng minh thuộc đối tượng được giảm hoặc miễn phí', 'Proof that you qualify for a reduced fee or no fee'),
      note: text(
        'Chỉ khi đề nghị giảm hoặc miễn phí: thẻ sinh viên, giấy chứng nhận người có công, giấy xác nhận khuyết tật, giấy chứng nhận hộ nghèo…',
        'Only if you ask for a reduced fee or no fee: student card, certificate of merit, disability certificate, poor-household certificate…',
      ),
      required: false,
      field: 'giayToMienGiam',
    },
  ],
};
