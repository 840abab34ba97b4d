import { type Day, isoDate } from './calendar';
import type { Citizen } from './model';

/**
 * Consents a person gave in their own VNeID app to share their population record with one named
 * citizen for one purpose (Nghị định 13/2023/NĐ-CP on personal data: the data subject consents,
 * for a stated purpose, for a limited time). A future spouse is nobody to the registry, so this,
 * not a family tie, is what lets a citizen read their partner's details for a marriage dossier.
 */
export interface SharingConsent {
  /** Số định danh of the person whose record is shared. */
  readonly nguoiChiaSe: string;
  /** Số định danh of the citizen allowed to read it. */
  readonly nguoiDuocChiaSe: string;
  readonly mucDich: 'ket-hon';
  readonly ngayDongY: string;
  readonly hieuLucDen: string;
}

/** How long a consent to share lasts: long enough to prepare and file the dossier. */
export const sharingConsentDays = 30;

/** anh-khoa's fiancée agreed two days ago, so the consent is live whatever day it is. */
export function generateSharingConsents(fiancee: Citizen, partner: Citizen, today: Day): SharingConsent[] {
  const given = today - 2;
  return [
    {
      nguoiChiaSe: fiancee.id,
      nguoiDuocChiaSe: partner.id,
      mucDich: 'ket-hon',
      ngayDongY: isoDate(given),
      hieuLucDen: isoDate(given + sharingConsentDays),
    },
  ];
}
