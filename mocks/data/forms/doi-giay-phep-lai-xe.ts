import { licenceExchangeProcedure } from './doi-giay-phep-lai-xe/procedure';
import { applicantPage, currentLicencePage, requestPage, resultPage } from './doi-giay-phep-lai-xe/pages';
import { text, type PublishedFormDocument } from './published-form';

/**
 * The e-form of "Đổi giấy phép lái xe" (3.000347): the application of Appendix XII, Circular
 * 12/2025/TT-BCA, with the current licence read from the driving-licence database (domain
 * research §3.10; the official field list is unverified, the order follows the usual layout).
 */
export const licenceExchangeForm = {
  schemaVersion: 1,
  id: 'doi-giay-phep-lai-xe',
  version: 1,
  title: text('Đơn đề nghị đổi giấy phép lái xe', 'Application to exchange a driving licence'),
  description: text(
    'Đổi giấy phép lái xe sắp hết hạn, bị hỏng hoặc sang hạng mới. Kết quả trong 5 ngày làm việc.',
    'Exchange a driving licence that expires soon, is damaged, or for the new classes. Result within 5 working days.',
  ),
  procedure: licenceExchangeProcedure,
  pages: [applicantPage, currentLicencePage, requestPage, resultPage],
  rules: [],
} satisfies PublishedFormDocument;
