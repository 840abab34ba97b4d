import { marriageRegistrationProcedure } from './dang-ky-ket-hon/procedure';
import {
  applicantPage, attachmentsPage, bridePage, declarationPage, groomPage, registeringOfficePage,
} from './dang-ky-ket-hon/pages';
import { marriageRegistrationRules } from './dang-ky-ket-hon/rules';
import { text, type PublishedFormDocument } from './published-form';

/**
 * THE e-form of "Đăng ký kết hôn" (1.000894): the interactive Tờ khai đăng ký kết hôn (TT 04/2020
 * as amended by TT 04/2024), the bride's column before the groom's as on the paper form (domain
 * research §3.2). The citizen filing is one party, read from the population database; the other
 * is read by their number once they have shared their record with the citizen in VNeID.
 */
export const marriageRegistrationForm = {
  schemaVersion: 1,
  id: 'dang-ky-ket-hon',
  version: 1,
  title: text('Tờ khai đăng ký kết hôn', 'Marriage registration declaration'),
  description: text(
    'Khai trực tuyến thay cho tờ khai giấy. Miễn lệ phí. Hai bên cùng có mặt khi nhận Giấy chứng nhận kết hôn.',
    'Fill this in online instead of the paper declaration. Free of charge. Both of you come in person to receive the marriage certificate.',
  ),
  procedure: marriageRegistrationProcedure,
  pages: [registeringOfficePage, applicantPage, bridePage, groomPage, attachmentsPage, declarationPage],
  rules: marriageRegistrationRules,
} satisfies PublishedFormDocument;
