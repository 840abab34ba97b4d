import type { PrefillBinding } from '@/schema/prefill-binding';

type Mode = PrefillBinding['mode'];
type Bound = { prefill: PrefillBinding };

/**
 * Prefill bindings of the seed forms: which database fills which answer. Values the law lets the
 * citizen correct on the form are `editable`; identity facts from the population database and the
 * certificates issued by other agencies are `locked` (corrected at the source).
 */
const from =
  (source: string) =>
  (attribute: string, mode: Mode): Bound => ({ prefill: { source, attribute, mode } });

/** The citizen's own record in the National Population Database. */
export const fromPopulation = from('dan-cu');
/** Contact details of the VNeID account: always the citizen's to change. */
export const fromIdentityAccount = (attribute: string): Bound => from('vneid')(attribute, 'editable');
/** The newborn's electronic birth certificate (giấy chứng sinh, from the health facility). */
export const fromBirthCertificate = from('y-te');
/** The citizen's current marriage in the civil-status database. */
export const fromCivilStatus = from('ho-tich');
/** The citizen's own birth registration in the civil-status database (trích lục khai sinh). */
export const fromBirthRegistration = from('ho-tich-khai-sinh');
/** The electronic death notice of the citizen's relative (giấy báo tử, from the health facility). */
export const fromDeathNotice = from('bao-tu');
/** The citizen's driving licence in the driving-licence database (Bộ Công an). */
export const fromDrivingLicence = from('gplx');
/** The land database's record of the citizen's parcel (today: the first parcel they hold a certificate for). */
export const fromLand = from('dat-dai');

/** A parent's or partner's record, read by their số định danh once they agreed to share it (or they are the citizen). */
export const fromRelatedPerson = (attribute: string, mode: Mode, person: { personField: string; consentField: string }): Bound => ({
  prefill: { source: 'dan-cu-lien-quan', attribute, mode, ...person },
});
