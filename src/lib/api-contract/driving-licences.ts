import { z } from '@/lib/zod';
import { isoDateSchema, personalIdSchema } from './registry-common';

/**
 * Licence classes a card may carry: those of the Road Traffic Order and Safety Law 2024 (art. 57,
 * in force 1 January 2025) and the older ones (A2–A4, B2, E, F…) that cards issued before 2025
 * still show until they are exchanged.
 */
export const drivingLicenceClasses = [
  'A1', 'A', 'B1', 'B', 'C1', 'C', 'D1', 'D2', 'D', 'BE', 'C1E', 'CE', 'D1E', 'D2E', 'DE',
  'A2', 'A3', 'A4', 'B2', 'E', 'FB2', 'FC', 'FD', 'FE',
] as const;
export const drivingLicenceClassSchema = z.enum(drivingLicenceClasses);
export type DrivingLicenceClass = z.infer<typeof drivingLicenceClassSchema>;

/**
 * CSDL giấy phép lái xe (Bộ Công an since 1 March 2025, taken over from the transport
 * departments) — `GET /gplx/giay-phep/me`: the licences the signed-in citizen holds, and only
 * theirs (`{ items: [] }` when none).
 */
export const drivingLicencesPath = '/gplx/giay-phep/me';
export const drivingLicenceSchema = z.object({
  /** 12 digits on the PET card; the first two are the issuing (old) province's code. No checksum is known. */
  soGiayPhep: z.string().check(z.regex(/^\d{12}$/)),
  soDinhDanh: personalIdSchema,
  hoTen: z.string(),
  hang: drivingLicenceClassSchema,
  ngayCap: isoDateSchema,
  /** Absent for classes without a term (A1, A, B1 and the old A2–A4). */
  ngayHetHan: z.optional(isoDateSchema),
  /** "Sở Giao thông vận tải tỉnh Nam Định" before 2025; a provincial police traffic department since. */
  coQuanCap: z.string(),
});
export const drivingLicenceListSchema = z.object({ items: z.array(drivingLicenceSchema) });
export type DrivingLicence = z.infer<typeof drivingLicenceSchema>;
