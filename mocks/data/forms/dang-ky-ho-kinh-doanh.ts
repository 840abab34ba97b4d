import { householdBusinessProcedure } from './dang-ky-ho-kinh-doanh/procedure';
import { ownerPage, registrationOfficePage } from './dang-ky-ho-kinh-doanh/owner-pages';
import { businessLinesPage, businessPage, capitalAndTaxPage } from './dang-ky-ho-kinh-doanh/business-pages';
import { attachmentsPage, commitmentPage, membersPage } from './dang-ky-ho-kinh-doanh/final-pages';
import { text, type PublishedFormDocument } from './published-form';

/**
 * The e-form of "Đăng ký thành lập hộ kinh doanh" (1.001612): the Giấy đề nghị đăng ký hộ kinh
 * doanh (Mẫu số 1, Phụ lục II, Thông tư 68/2025/TT-BTC), items 1–7 in the official order (domain
 * research §3.7). The owner comes from the population database, the premises from the land
 * database when the owner holds the land, the spouse from the owner's own record.
 */
export const householdBusinessForm = {
  schemaVersion: 1,
  id: 'dang-ky-ho-kinh-doanh',
  version: 1,
  title: text('Giấy đề nghị đăng ký hộ kinh doanh', 'Application to register a household business'),
  description: text(
    'Khai trực tuyến thay cho giấy đề nghị. Sau khi đăng ký, mã số hộ kinh doanh là số định danh cá nhân của chủ hộ.',
    "Fill this in online instead of the paper application. Once registered, the business's number is the owner's personal identification number.",
  ),
  procedure: householdBusinessProcedure,
  pages: [registrationOfficePage, ownerPage, businessPage, businessLinesPage, capitalAndTaxPage, membersPage, attachmentsPage, commitmentPage],
  rules: [],
} satisfies PublishedFormDocument;
