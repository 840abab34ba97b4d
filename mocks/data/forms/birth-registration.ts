import { birthRegistrationProcedure } from './birth-registration/procedure';
import { childPage } from './birth-registration/child-page';
import { registeringOfficePage, requesterPage } from './birth-registration/requester-pages';
import { fatherPage, motherPage, parentsMarriagePage } from './birth-registration/parent-pages';
import { attachmentsPage, declarationPage } from './birth-registration/final-pages';
import { birthRegistrationRules } from './birth-registration/rules';
import { text, type PublishedFormDocument } from './published-form';

/**
 * THE e-form of "Đăng ký khai sinh" (1.001193): the interactive version of the Tờ khai đăng ký
 * khai sinh (TT 04/2020/TT-BTP as amended by TT 04/2024/TT-BTP), pages in the order of the
 * official declaration (domain research §3.1). Plain data: the app validates it with the
 * registry's form-schema validator when it arrives over HTTP.
 */
export const birthRegistrationForm = {
  schemaVersion: 1,
  id: 'dang-ky-khai-sinh',
  version: 1,
  title: text('Tờ khai đăng ký khai sinh', 'Birth registration declaration'),
  description: text(
    'Khai trực tuyến thay cho tờ khai giấy. Đăng ký khai sinh trong 60 ngày kể từ ngày sinh được miễn lệ phí.',
    'Fill this in online instead of the paper declaration. Registering within 60 days of the birth is free of charge.',
  ),
  procedure: birthRegistrationProcedure,
  pages: [
    registeringOfficePage,
    requesterPage,
    childPage,
    motherPage,
    fatherPage,
    parentsMarriagePage,
    attachmentsPage,
    declarationPage,
  ],
  rules: birthRegistrationRules,
} satisfies PublishedFormDocument;
