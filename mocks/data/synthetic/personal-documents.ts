import type { DrivingLicence } from '@/lib/api-contract/driving-licences';
import type { PersonalDocument } from '@/lib/api-contract/personal-documents';
import type { BirthCertificate, BirthRegistration, Business, MarriageRecord, Parcel } from '@/lib/api-contract/registries';
import type { DocumentKind } from '@/schema/document-kind';
import type { DeathNoticeRecord } from './deaths';
import { hashSeed } from './random';
import type { SyntheticRegistry } from './index';

/**
 * The citizen's personal data store (Kho quản lý dữ liệu điện tử của tổ chức, cá nhân): the
 * electronic documents the state has issued them, derived from what the registries hold, so a
 * document always agrees with the record a prefill reads. Nothing is drawn at random: ids and
 * files follow from the record, the kind and the holder.
 */

/** A document and its file, as the store keeps it. */
export interface StoredPersonalDocument {
  document: PersonalDocument;
  /** A small PDF standing in for the issuer's signed copy, so the attachment can be downloaded. */
  bytes: Uint8Array<ArrayBuffer>;
}

interface Draft {
  kind: DocumentKind;
  title: PersonalDocument['title'];
  number: string;
  issuedOn: string;
  issuer: PersonalDocument['issuer'];
}

/** "Tỉnh Vĩnh Long" → "tỉnh Vĩnh Long", as a unit reads inside a sentence. */
const inText = (unit: string): string => unit.charAt(0).toLocaleLowerCase('vi') + unit.slice(1);
/** "Tỉnh Vĩnh Long" → "Vĩnh Long province"; "Thành phố Hà Nội" → "Hà Nội city". */
const inEnglish = (unit: string): string => {
  const match = /^(Tỉnh|Thành phố)\s+(.+)$/.exec(unit);
  return match ? `${match[2]} ${match[1] === 'Tỉnh' ? 'province' : 'city'}` : unit;
};
/** "UBND xã Long Thành, tỉnh Vĩnh Long" in English. */
const committee = (vi: string): PersonalDocument['issuer'] => ({ vi, en: vi.replace(/^UBND\s+/, "People's Committee of ") });

function birthExtract(record: BirthRegistration): Draft {
  return {
    kind: 'trich-luc-khai-sinh',
    title: { vi: `Trích lục khai sinh — ${record.hoTen}`, en: `Birth registration extract — ${record.hoTen}` },
    number: `${record.soDangKy}, quyển ${record.quyenSo}`,
    issuedOn: record.ngayDangKy,
    issuer: committee(record.noiDangKy),
  };
}

function marriageCertificate(record: MarriageRecord): Draft {
  const couple = `${record.chong.hoTen} – ${record.vo.hoTen}`;
  return {
    kind: 'giay-chung-nhan-ket-hon',
    title: { vi: `Giấy chứng nhận kết hôn — ${couple}`, en: `Marriage certificate — ${couple}` },
    number: `${record.soGiayChungNhan}, quyển ${record.quyenSo}`,
    issuedOn: record.ngayDangKy,
    issuer: committee(record.noiDangKy),
  };
}

/** Land-use certificates were signed by the provincial natural-resources department until the 2025 merger. */
function landCertificate(parcel: Parcel): Draft {
  const { tenTinh, tenXa } = parcel.diaChi;
  const merged = parcel.giayChungNhan.ngayCap >= '2025-03-01';
  return {
    kind: 'giay-chung-nhan-quyen-su-dung-dat',
    title: {
      vi: `Giấy chứng nhận quyền sử dụng đất — thửa ${parcel.soThua}, tờ bản đồ ${parcel.soTo}, ${tenXa}`,
      en: `Land-use right certificate — parcel ${parcel.soThua}, map sheet ${parcel.soTo}, ${tenXa}`,
    },
    number: parcel.giayChungNhan.soPhatHanh,
    issuedOn: parcel.giayChungNhan.ngayCap,
    issuer: merged
      ? { vi: `Sở Nông nghiệp và Môi trường ${inText(tenTinh)}`, en: `Department of Agriculture and Environment, ${inEnglish(tenTinh)}` }
      : { vi: `Sở Tài nguyên và Môi trường ${inText(tenTinh)}`, en: `Department of Natural Resources and Environment, ${inEnglish(tenTinh)}` },
  };
}

/** Household businesses registered with the district until 1 July 2025, with the commune since. */
function householdBusinessCertificate(business: Business): Draft {
  const { tenTinh, tenXa } = business.diaChiTruSo;
  const communal = business.ngayDangKy >= '2025-07-01';
  return {
    kind: 'giay-chung-nhan-dang-ky-ho-kinh-doanh',
    title: { vi: `Giấy chứng nhận đăng ký hộ kinh doanh — ${business.ten}`, en: `Household business registration certificate — ${business.ten}` },
    number: business.maSoThue,
    issuedOn: business.ngayDangKy,
    issuer: communal
      ? committee(`UBND ${inText(tenXa)}, ${inText(tenTinh)}`)
      : { vi: `Phòng Tài chính – Kế hoạch cấp huyện, ${inText(tenTinh)}`, en: `District Finance and Planning Office, ${inEnglish(tenTinh)}` },
  };
}

function birthCertificate(record: BirthCertificate): Draft {
  return {
    kind: 'giay-chung-sinh',
    title: { vi: `Giấy chứng sinh — ${record.hoTenDuKien}`, en: `Birth certificate (health facility) — ${record.hoTenDuKien}` },
    number: record.soGiayChungSinh,
    issuedOn: record.ngaySinh,
    issuer: { vi: record.noiSinh.tenCoSoYTe, en: record.noiSinh.tenCoSoYTe },
  };
}

function drivingLicence(licence: DrivingLicence): Draft {
  return {
    kind: 'giay-phep-lai-xe',
    title: { vi: `Giấy phép lái xe hạng ${licence.hang} — ${licence.hoTen}`, en: `Driving licence, class ${licence.hang} — ${licence.hoTen}` },
    number: licence.soGiayPhep,
    issuedOn: licence.ngayCap,
    issuer: { vi: licence.coQuanCap, en: licence.coQuanCap },
  };
}

function deathNotice(notice: DeathNoticeRecord): Draft {
  return {
    kind: 'giay-bao-tu',
    title: { vi: `Giấy báo tử — ${notice.nguoiChet.hoTen}`, en: `Death notice — ${notice.nguoiChet.hoTen}` },
    number: notice.soGiayBaoTu,
    issuedOn: notice.ngayCap,
    issuer: { vi: notice.noiCap, en: notice.noiCap },
  };
}

/**
 * Who receives a death notice in their store: the relatives who register the death (Điều 33
 * Luật Hộ tịch) — the spouse, the children, the parents of the deceased.
 */
const registersDeath = new Set(['voChong', 'cha', 'me', 'con']);
const deathNoticesFor = (registry: SyntheticRegistry, holderId: string): DeathNoticeRecord[] =>
  registry.deathNotices.filter((notice) => registersDeath.has(registry.relatedPerson(holderId, notice.nguoiChet.soDinhDanh)?.quanHe ?? ''));

/** ASCII for the stand-in PDF's built-in font (the real copy is the issuer's signed file). */
const ascii = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, '\\$&');

/** A one-page PDF 1.4 with the document's particulars, cross-reference offsets computed. */
export function documentPdf(lines: readonly string[]): Uint8Array<ArrayBuffer> {
  const text = lines.map((line, index) => `BT /F1 ${index === 0 ? 14 : 11} Tf 56 ${780 - index * 22} Td (${ascii(line)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

const slug = (text: string): string =>
  ascii(text).toLowerCase().replace(/\\/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function stored(draft: Draft, holderId: string): StoredPersonalDocument {
  const key = hashSeed(`${holderId}|${draft.kind}|${draft.number}`).toString(16).padStart(8, '0');
  const bytes = documentPdf([
    draft.title.vi,
    `So: ${draft.number}`,
    `Ngay cap: ${draft.issuedOn}`,
    `Co quan cap: ${draft.issuer.vi}`,
    'Ban dien tu gia lap, chi dung de kiem thu.',
  ]);
  return {
    document: {
      id: `gt-${key}`,
      ...draft,
      attachment: { id: `kho-${key}`, name: `${draft.kind}-${slug(draft.number)}.pdf`, size: bytes.byteLength, type: 'application/pdf' },
    },
    bytes,
  };
}

/**
 * Everything the store holds for one citizen, newest first: their own birth extract, their
 * current marriage certificate, the land-use certificates they are named on, their household
 * businesses' certificates, their driving licences, and — for a mother — her newborn's electronic
 * giấy chứng sinh (the hospital sends it to the mother's store); for the spouse, a child or a
 * parent of someone who died in hospital, the electronic giấy báo tử.
 */
export function personalDocumentsOf(registry: SyntheticRegistry, holderId: string): StoredPersonalDocument[] {
  const birth = registry.birthRegistrationOf(holderId);
  const marriage = registry.marriageOf(holderId);
  const newborn = registry.birthCertificateFor(holderId);
  const drafts: Draft[] = [
    ...(birth ? [birthExtract(birth)] : []),
    ...(marriage ? [marriageCertificate(marriage)] : []),
    ...registry.parcelsOf(holderId).map(landCertificate),
    ...registry.businessesOf(holderId).filter((business) => business.loaiHinh === 'hoKinhDoanh').map(householdBusinessCertificate),
    ...(newborn && newborn.me.soDinhDanh === holderId ? [birthCertificate(newborn)] : []),
    ...registry.drivingLicencesOf(holderId).map(drivingLicence),
    ...deathNoticesFor(registry, holderId).map(deathNotice),
  ];
  return drafts.sort((a, b) => b.issuedOn.localeCompare(a.issuedOn)).map((draft) => stored(draft, holderId));
}
