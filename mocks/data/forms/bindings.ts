import type { PrefillBinding } from '@/schema/prefill-binding';

/**
 * Prefill bindings of the birth registration form: which database fills which answer. Values
 * the law lets the citizen correct on the form are `editable`; identity facts from the population
 * database and the certificates issued by other agencies are `locked` (corrected at the source).
 */
export const fromPopulation = (attribute: string, mode: PrefillBinding['mode']): { prefill: PrefillBinding } => ({
  prefill: { source: 'dan-cu', attribute, mode },
});
export const fromIdentityAccount = (attribute: string): { prefill: PrefillBinding } => ({
  prefill: { source: 'vneid', attribute, mode: 'editable' },
});
export const fromBirthCertificate = (attribute: string, mode: PrefillBinding['mode']): { prefill: PrefillBinding } => ({
  prefill: { source: 'y-te', attribute, mode },
});
export const fromCivilStatus = (attribute: string, mode: PrefillBinding['mode']): { prefill: PrefillBinding } => ({
  prefill: { source: 'ho-tich', attribute, mode },
});

/** The electronic death notice of the citizen's relative (giấy báo tử, from the health facility). */
export const fromDeathNotice = (attribute: string, mode: PrefillBinding['mode']): { prefill: PrefillBinding } => ({
  prefill: { source: 'bao-tu', attribute, mode },
});

/** A parent's record, read by their số định danh once they agreed to share it (or they are the citizen). */
export const fromRelatedPerson = (
  attribute: string,
  mode: PrefillBinding['mode'],
  person: { personField: string; consentField: string },
): { prefill: PrefillBinding } => ({
  prefill: { source: 'dan-cu-lien-quan', attribute, mode, ...person },
});

/** The land database's record of the citizen's parcel (today: the first parcel they hold a certificate for). */
export const fromLand = (attribute: string, mode: PrefillBinding['mode']): { prefill: PrefillBinding } => ({
  prefill: { source: 'dat-dai', attribute, mode },
});
/** The citizen's driving licence in the driving-licence database (Bộ Công an). */
export const fromDrivingLicence = (attribute: string, mode: PrefillBinding['mode']): { prefill: PrefillBinding } => ({
  prefill: { source: 'gplx', attribute, mode },
});


/** The citizen's own birth registration in the civil-status database (trích lục khai sinh). */
export const fromBirthRegistration = (attribute: string, mode: PrefillBinding['mode']): { prefill: PrefillBinding } => ({
  prefill: { source: 'ho-tich-khai-sinh', attribute, mode },
});
