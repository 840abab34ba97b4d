import { temporaryResidenceProcedure } from './dang-ky-tam-tru/procedure';
import { declarantPage, householdHeadPage, membersPage } from './dang-ky-thuong-tru/ct01-person-pages';
import { addressPage, declarationPage, lawfulResidencePage } from './dang-ky-thuong-tru/ct01-residence-pages';
import { text, type PublishedFormDocument } from './published-form';

/**
 * The e-form of "Đăng ký tạm trú" (1.004194): the same CT01 declaration as permanent residence,
 * with the period of stay (domain research §3.6).
 */
export const temporaryResidenceForm = {
  schemaVersion: 1,
  id: 'dang-ky-tam-tru',
  version: 1,
  title: text('Tờ khai thay đổi thông tin cư trú: đăng ký tạm trú', 'Change of residence information: temporary residence'),
  description: text(
    'Đăng ký tạm trú khi bạn sinh sống từ 30 ngày trở lên ở nơi khác nơi thường trú. Công an xã, phường giải quyết trong 3 ngày làm việc.',
    'Register as a temporary resident when you live 30 days or more away from your permanent residence. The commune police decide within 3 working days.',
  ),
  procedure: temporaryResidenceProcedure,
  pages: [addressPage('tam-tru'), declarantPage, householdHeadPage, lawfulResidencePage('tam-tru'), membersPage, declarationPage],
  rules: [],
} satisfies PublishedFormDocument;
