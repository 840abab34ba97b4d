import { permanentResidenceProcedure } from './dang-ky-thuong-tru/procedure';
import { declarantPage, householdHeadPage, membersPage } from './dang-ky-thuong-tru/ct01-person-pages';
import { addressPage, declarationPage, lawfulResidencePage } from './dang-ky-thuong-tru/ct01-residence-pages';
import { text, type PublishedFormDocument } from './published-form';

/**
 * The e-form of "Đăng ký thường trú" (1.004222): the CT01 declaration (Thông tư 53/2025/TT-BCA),
 * items 1–11 in order after the address that decides where it goes, with the lawful residence the
 * registration rests on (domain research §3.6).
 */
export const permanentResidenceForm = {
  schemaVersion: 1,
  id: 'dang-ky-thuong-tru',
  version: 1,
  title: text('Tờ khai thay đổi thông tin cư trú: đăng ký thường trú', 'Change of residence information: permanent residence'),
  description: text(
    'Đăng ký nơi thường trú mới tại chỗ ở hợp pháp của bạn. Công an xã, phường giải quyết trong 7 ngày làm việc.',
    'Register a new permanent residence at a home you may lawfully live in. The commune police decide within 7 working days.',
  ),
  procedure: permanentResidenceProcedure,
  pages: [addressPage('thuong-tru'), declarantPage, householdHeadPage, lawfulResidencePage('thuong-tru'), membersPage, declarationPage],
  rules: [],
} satisfies PublishedFormDocument;
