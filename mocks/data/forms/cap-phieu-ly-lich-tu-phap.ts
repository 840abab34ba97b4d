import { criminalRecordProcedure } from './cap-phieu-ly-lich-tu-phap/procedure';
import { applicantPage, familyPage, residencePage } from './cap-phieu-ly-lich-tu-phap/personal-pages';
import { feeAndDeclarationPage, requestPage, residenceHistoryPage } from './cap-phieu-ly-lich-tu-phap/request-pages';
import { text, type PublishedFormDocument } from './published-form';

/**
 * The e-form of "Cấp Phiếu lý lịch tư pháp" (3.000333): the declaration's items 1–14, the
 * residence history since the age of 14, the request (certificate No. 1 or 2), the fee group and
 * the declaration, in the order of the official form (domain research §3.5).
 */
export const criminalRecordForm = {
  schemaVersion: 1,
  id: 'cap-phieu-ly-lich-tu-phap',
  version: 1,
  title: text('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 'Request for a judicial record certificate'),
  description: text(
    'Yêu cầu cấp Phiếu lý lịch tư pháp số 1 hoặc số 2 cho chính bạn. Cần tài khoản định danh điện tử mức độ 2.',
    'Ask for a judicial record certificate No. 1 or No. 2 about yourself. You need a level-2 electronic identity account.',
  ),
  procedure: criminalRecordProcedure,
  pages: [applicantPage, residencePage, familyPage, residenceHistoryPage, requestPage, feeAndDeclarationPage],
  rules: [],
} satisfies PublishedFormDocument;
