import { buildingPermitProcedure } from './cap-giay-phep-xay-dung/procedure';
import { designerPage, ownerPage, sitePage } from './cap-giay-phep-xay-dung/owner-site-pages';
import { attachmentsPage, declarationPage, proposalPage } from './cap-giay-phep-xay-dung/proposal-pages';
import { buildingPermitRules } from './cap-giay-phep-xay-dung/rules';
import { text, type PublishedFormDocument } from './published-form';

/**
 * The e-form of "Cấp giấy phép xây dựng nhà ở riêng lẻ" (1.013225): the Đơn đề nghị cấp giấy
 * phép xây dựng (Mẫu số 01, Phụ lục II, Nghị định 175/2024/NĐ-CP), items 1–6 in the official
 * order (domain research §3.9). The owner comes from the population database, the site from the
 * land database, which therefore also stands in for the land certificate.
 */
export const buildingPermitForm = {
  schemaVersion: 1,
  id: 'cap-giay-phep-xay-dung',
  version: 1,
  title: text('Đơn đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ', 'Application for a building permit for a detached house'),
  description: text(
    'Khai trực tuyến thay cho đơn giấy (Mẫu số 01). Thông tin lô đất được điền từ Cơ sở dữ liệu quốc gia về đất đai.',
    'Fill this in online instead of the paper application (Form 01). The plot details are filled in from the National Land Database.',
  ),
  procedure: buildingPermitProcedure,
  pages: [ownerPage, sitePage, designerPage, proposalPage, attachmentsPage, declarationPage],
  rules: buildingPermitRules,
} satisfies PublishedFormDocument;
