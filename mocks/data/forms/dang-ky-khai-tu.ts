import { attachmentsPage, declarationPage } from './dang-ky-khai-tu/final-pages';
import { deathPage } from './dang-ky-khai-tu/death-page';
import { deceasedPage, registeringOfficePage, requesterPage } from './dang-ky-khai-tu/person-pages';
import { deathRegistrationProcedure } from './dang-ky-khai-tu/procedure';
import { deathRegistrationRules } from './dang-ky-khai-tu/rules';
import { text, type PublishedFormDocument } from './published-form';

/**
 * THE e-form of "Đăng ký khai tử" (1.000656): the interactive Tờ khai đăng ký khai tử (TT 04/2020
 * as amended by TT 04/2024), in the order of the official declaration (domain research §3.4). The
 * death facts come from the electronic death notice, the deceased's identity from the population
 * database by the notice's number.
 */
export const deathRegistrationForm = {
  schemaVersion: 1,
  id: 'dang-ky-khai-tu',
  version: 1,
  title: text('Tờ khai đăng ký khai tử', 'Death registration declaration'),
  description: text(
    'Khai trực tuyến thay cho tờ khai giấy. Đăng ký khai tử trong 15 ngày kể từ ngày chết được miễn lệ phí.',
    'Fill this in online instead of the paper declaration. Registering within 15 days of the death is free of charge.',
  ),
  procedure: deathRegistrationProcedure,
  pages: [registeringOfficePage, requesterPage, deceasedPage, deathPage, attachmentsPage, declarationPage],
  rules: deathRegistrationRules,
} satisfies PublishedFormDocument;
