import { z } from '@/lib/zod';
import { isoDateSchema, personalIdSchema, registryAddressSchema, relationSchema, sexSchema } from './registry-common';

/*
 * The national and provincial databases, as the portal reaches them (through NDXP/LGSP).
 * Every call carries the citizen's bearer token: a citizen reads only their own records (403
 * otherwise); related persons yield only the minimal data a form needs, with consent.
 */

const personRef = z.object({ soDinhDanh: personalIdSchema, hoTen: z.string() });

/** CSDL quốc gia về dân cư (Bộ Công an) — `GET /dan-cu/cong-dan/me`. */
export const populationPath = '/dan-cu/cong-dan/me';
export const populationRecordSchema = z.object({
  soDinhDanh: personalIdSchema,
  hoTen: z.string(),
  gioiTinh: sexSchema,
  ngaySinh: isoDateSchema,
  /** 2-digit code of the 54 ethnic groups ("01" Kinh). */
  danToc: z.string().check(z.regex(/^\d{2}$/)),
  tonGiao: z.string(),
  /** ISO 3166 alpha-2 ("VN"). */
  quocTich: z.string().check(z.length(2)),
  queQuan: z.string(),
  noiDangKyKhaiSinh: z.string(),
  thuongTru: registryAddressSchema,
  noiOHienTai: registryAddressSchema,
  tinhTrangHonNhan: z.enum(['docThan', 'coVoChong', 'lyHon', 'goa']),
  chuHo: z.extend(personRef, { quanHe: z.string() }),
  cha: z.optional(personRef),
  me: z.optional(personRef),
  voChong: z.optional(personRef),
});
export type PopulationRecord = z.infer<typeof populationRecordSchema>;

/**
 * `GET /dan-cu/nguoi-lien-quan/:soDinhDanh` with header `X-Consent: granted` — a parent, spouse or
 * child of the signed-in citizen, or someone who consented in their own VNeID app to share their
 * record with this citizen (a future spouse; `quanHe` 'khac'): only what a declaration needs. 403
 * `consent-required` without consent, 403 `not-related` for anyone else.
 */
export const relatedPersonPath = (id: string) => `/dan-cu/nguoi-lien-quan/${encodeURIComponent(id)}`;
export const consentHeader = 'X-Consent';
export const relatedPersonSchema = z.object({
  soDinhDanh: personalIdSchema,
  hoTen: z.string(),
  ngaySinh: isoDateSchema,
  gioiTinh: sexSchema,
  danToc: z.string().check(z.regex(/^\d{2}$/)),
  quocTich: z.string().check(z.length(2)),
  noiCuTru: registryAddressSchema,
  quanHe: relationSchema,
});
export type RelatedPerson = z.infer<typeof relatedPersonSchema>;

/** CSDL hộ tịch điện tử (Bộ Tư pháp) — `GET /ho-tich/ket-hon/me`: the citizen's current marriage. 404 when none. */
export const marriagePath = '/ho-tich/ket-hon/me';
export const marriageRecordSchema = z.object({
  soGiayChungNhan: z.string(),
  quyenSo: z.string(),
  ngayDangKy: isoDateSchema,
  noiDangKy: z.string(),
  vo: personRef,
  chong: personRef,
});
export type MarriageRecord = z.infer<typeof marriageRecordSchema>;

/**
 * CSDL hộ tịch điện tử — `GET /ho-tich/khai-sinh/me`: the citizen's own birth registration, as a
 * trích lục khai sinh reads (registered at the commune people's committee, parents named with
 * their số định danh when known). 404 when the database holds none (an old paper register not yet
 * digitised, a birth registered abroad).
 */
export const birthRegistrationPath = '/ho-tich/khai-sinh/me';
export const birthRegistrationSchema = z.object({
  /** Entry number in the register book ("125"). */
  soDangKy: z.string(),
  /** Register book, "01/1994". */
  quyenSo: z.string(),
  ngayDangKy: isoDateSchema,
  /** "UBND xã Giao Thủy, tỉnh Nam Định". */
  noiDangKy: z.string(),
  hoTen: z.string(),
  ngaySinh: isoDateSchema,
  gioiTinh: sexSchema,
  /** As written in the register: a health facility or a commune, with its province. */
  noiSinh: z.string(),
  /** 2-digit code of the 54 ethnic groups ("01" Kinh). */
  danToc: z.string().check(z.regex(/^\d{2}$/)),
  /** ISO 3166 alpha-2 ("VN"). */
  quocTich: z.string().check(z.length(2)),
  cha: z.optional(personRef),
  me: z.optional(personRef),
});
export type BirthRegistration = z.infer<typeof birthRegistrationSchema>;

/**
 * Giấy chứng sinh điện tử (Bộ Y tế, sent by the hospital) — `GET /y-te/giay-chung-sinh/me`: the
 * most recent birth certificate where the citizen is the mother or the father. 404 when none.
 */
export const birthCertificatePath = '/y-te/giay-chung-sinh/me';
export const birthCertificateSchema = z.object({
  soGiayChungSinh: z.string(),
  hoTenDuKien: z.string(),
  ngaySinh: isoDateSchema,
  gioiTinh: sexSchema,
  noiSinh: z.object({ tenCoSoYTe: z.string(), diaChi: registryAddressSchema }),
  me: personRef,
  cha: z.optional(personRef),
});
export type BirthCertificate = z.infer<typeof birthCertificateSchema>;

/** Cơ sở dữ liệu bảo hiểm xã hội (BHXH Việt Nam) — `GET /bhxh/me`. */
export const insurancePath = '/bhxh/me';
export const insuranceRecordSchema = z.object({
  maSoBhxh: z.string().check(z.regex(/^\d{10}$/)),
  soTheBhyt: z.string(),
  hanTheDen: isoDateSchema,
  noiDangKyKcb: z.string(),
});
export type InsuranceRecord = z.infer<typeof insuranceRecordSchema>;

/** CSDL quốc gia về đăng ký doanh nghiệp — `GET /dkkd/doanh-nghiep/me`: businesses the citizen represents or owns. */
export const businessesPath = '/dkkd/doanh-nghiep/me';
export const businessSchema = z.object({
  maSoThue: z.string().check(z.regex(/^\d{10}(-\d{3})?$|^\d{12}$/)),
  ten: z.string(),
  loaiHinh: z.enum(['hoKinhDoanh', 'tnhh', 'coPhan', 'tuNhan']),
  diaChiTruSo: registryAddressSchema,
  nguoiDaiDien: personRef,
  vonDieuLe: z.number().check(z.int(), z.nonnegative()),
  nganhNghe: z.array(z.object({ ma: z.string().check(z.regex(/^\d{4}$/)), ten: z.string(), chinh: z.boolean() })),
  ngayDangKy: isoDateSchema,
});
export const businessListSchema = z.object({ items: z.array(businessSchema) });
export type Business = z.infer<typeof businessSchema>;

/** CSDL quốc gia về đất đai — `GET /dat-dai/thua-dat/me`: parcels the citizen holds a certificate for. */
export const parcelsPath = '/dat-dai/thua-dat/me';
export const parcelSchema = z.object({
  maXa: z.string().check(z.regex(/^\d{5}$/)),
  diaChi: registryAddressSchema,
  soTo: z.number().check(z.int(), z.positive()),
  soThua: z.number().check(z.int(), z.positive()),
  dienTich: z.number().check(z.positive()),
  mucDichSuDung: z.string(),
  giayChungNhan: z.object({ soPhatHanh: z.string(), soVaoSo: z.string(), ngayCap: isoDateSchema }),
  chuSuDung: z.array(personRef),
});
export const parcelListSchema = z.object({ items: z.array(parcelSchema) });
export type Parcel = z.infer<typeof parcelSchema>;

/**
 * Giấy báo tử điện tử (Bộ Y tế, sent by the health facility where the person died; form of TT
 * 56/2017/TT-BYT). A death notice is about someone else, so only a close relative of the deceased
 * may read it: `GET /y-te/giay-bao-tu/me` gives the most recent notice of a relative of the
 * signed-in citizen (404 when none), `GET /y-te/giay-bao-tu/:soDinhDanh` the notice of that person
 * (403 `not-related` unless a relative, 404 when none). `quanHe` says who the deceased was to the
 * citizen reading it.
 */
export const deathNoticePath = '/y-te/giay-bao-tu/me';
export const deathNoticeOfPath = (id: string) => `/y-te/giay-bao-tu/${encodeURIComponent(id)}`;
export const deathNoticeSchema = z.object({
  /** As the facility numbers it, "125/GBT-BVĐK". */
  soGiayBaoTu: z.string(),
  ngayCap: isoDateSchema,
  /** The health facility that issued it. */
  noiCap: z.string(),
  nguoiChet: z.extend(personRef, { ngaySinh: isoDateSchema, gioiTinh: sexSchema, noiCuTru: registryAddressSchema }),
  ngayChet: isoDateSchema,
  /** Time of death, local time (the notice writes "… giờ … phút"). */
  gioChet: z.number().check(z.int(), z.minimum(0), z.maximum(23)),
  phutChet: z.number().check(z.int(), z.minimum(0), z.maximum(59)),
  noiChet: z.object({ tenCoSoYTe: z.string(), diaChi: registryAddressSchema }),
  nguyenNhanChet: z.string(),
  quanHe: relationSchema,
});
export type DeathNotice = z.infer<typeof deathNoticeSchema>;
