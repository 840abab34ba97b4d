import { birthRegistrationForm } from './birth-registration';
import { buildingPermitForm } from './cap-giay-phep-xay-dung';
import { criminalRecordForm } from './cap-phieu-ly-lich-tu-phap';
import { deathRegistrationForm } from './dang-ky-khai-tu';
import { householdBusinessForm } from './dang-ky-ho-kinh-doanh';
import { landChangeForm } from './dang-ky-bien-dong-dat-dai';
import { licenceExchangeForm } from './doi-giay-phep-lai-xe';
import { maritalStatusForm } from './xac-nhan-tinh-trang-hon-nhan';
import { marriageRegistrationForm } from './dang-ky-ket-hon';
import { permanentResidenceForm } from './dang-ky-thuong-tru';
import { temporaryResidenceForm } from './dang-ky-tam-tru';
import type { PublishedFormDocument } from './published-form';

/**
 * The form versions every fresh mock backend starts with (its seed); a new version is a new entry.
 * Forms published at run time (tests, later the builder) live in the mock DB: see
 * `mocks/db/published-forms.ts`, the one place that answers "which forms are published".
 */
export const seedForms: readonly PublishedFormDocument[] = [
  // In catalogue order, by topic: civil status, criminal records, residence, business, land, construction, transport
  birthRegistrationForm,
  marriageRegistrationForm,
  maritalStatusForm,
  deathRegistrationForm,
  criminalRecordForm,
  permanentResidenceForm,
  temporaryResidenceForm,
  householdBusinessForm,
  landChangeForm,
  buildingPermitForm,
  licenceExchangeForm,
];
