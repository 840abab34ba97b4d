import { landChangeProcedure } from './dang-ky-bien-dong-dat-dai/procedure';
import { certificatePage, holderPage } from './dang-ky-bien-dong-dat-dai/holder-pages';
import { changePage, obligationsPage } from './dang-ky-bien-dong-dat-dai/change-pages';
import { attachmentsPage, declarationPage } from './dang-ky-bien-dong-dat-dai/final-pages';
import { landChangeRules } from './dang-ky-bien-dong-dat-dai/rules';
import { text, type PublishedFormDocument } from './published-form';

/**
 * The e-form of "Đăng ký biến động đất đai" (1.013831): the Đơn đăng ký biến động đất đai, tài
 * sản gắn liền với đất (Mẫu số 18, Nghị định 151/2025/NĐ-CP), items 1–5 in the official order
 * (domain research §3.8). The land user comes from the population database; the certificate and
 * the parcel from the land database, which today hands over the citizen's first parcel only, so
 * those answers stay editable for a change to another parcel.
 */
export const landChangeForm = {
  schemaVersion: 1,
  id: 'dang-ky-bien-dong-dat-dai',
  version: 1,
  title: text('Đơn đăng ký biến động đất đai, tài sản gắn liền với đất', 'Application to register a change in land or attached property'),
  description: text(
    'Khai trực tuyến thay cho đơn giấy (Mẫu số 18). Thông tin Giấy chứng nhận và thửa đất được điền từ Cơ sở dữ liệu quốc gia về đất đai.',
    'Fill this in online instead of the paper application (Form 18). The certificate and parcel details are filled in from the National Land Database.',
  ),
  procedure: landChangeProcedure,
  pages: [holderPage, certificatePage, changePage, obligationsPage, attachmentsPage, declarationPage],
  rules: landChangeRules,
} satisfies PublishedFormDocument;
