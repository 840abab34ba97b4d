import type { BirthCertificate, PopulationRecord, RelatedPerson } from '@/lib/api-contract/registries';
import type { RegistryAddress } from '@/lib/api-contract/registry-common';
import type { Newborn } from './births';
import { isoDate } from './calendar';
import { fullName } from './ethnic-groups';
import type { Citizen } from './model';

/**
 * The generator's people as the API records of registries.ts: a citizen's full population
 * record, the minimal data of a related person, and a birth certificate.
 */
const ref = (p: Citizen) => ({ soDinhDanh: p.id, hoTen: fullName(p.name, p.group) });
const currentAddress = (p: Citizen): RegistryAddress => p.livesElsewhere ?? p.household.address;

const parentsOf = (p: Citizen): Citizen[] => [p.father, p.mother].filter((x): x is Citizen => x !== undefined);
const isChildOf = (child: Citizen, parent: Citizen | undefined): boolean => parent !== undefined && parentsOf(child).includes(parent);
const siblings = (a: Citizen, b: Citizen): boolean => a !== b && parentsOf(a).some((p) => parentsOf(b).includes(p));

/** How a household member is written in the household book, relative to its head. */
export function relationToHead(member: Citizen, head: Citizen): string {
  const inLaw = head.sex === 'nam' ? 'vợ' : 'chồng';
  if (member === head) return 'Chủ hộ';
  if (head.spouse === member) return member.sex === 'nam' ? 'Chồng' : 'Vợ';
  if (isChildOf(member, head) || isChildOf(member, head.spouse)) return 'Con';
  if (head.father === member) return 'Bố';
  if (head.mother === member) return 'Mẹ';
  if (head.spouse && isChildOf(head.spouse, member)) return `${member.sex === 'nam' ? 'Bố' : 'Mẹ'} ${inLaw}`;
  if (member.spouse && (isChildOf(member.spouse, head) || isChildOf(member.spouse, head.spouse))) {
    return member.sex === 'nam' ? 'Con rể' : 'Con dâu';
  }
  if (parentsOf(member).some((p) => isChildOf(p, head) || isChildOf(p, head.spouse) || siblings(p, head))) return 'Cháu';
  if (siblings(member, head)) return member.birth < head.birth ? (member.sex === 'nam' ? 'Anh' : 'Chị') : 'Em';
  return 'Khác';
}

export function populationRecord(p: Citizen): PopulationRecord {
  const head = p.household.head ?? p;
  return {
    soDinhDanh: p.id,
    hoTen: fullName(p.name, p.group),
    gioiTinh: p.sex,
    ngaySinh: isoDate(p.birth),
    danToc: p.group.code,
    tonGiao: p.religion,
    quocTich: 'VN',
    queQuan: p.queQuan,
    noiDangKyKhaiSinh: p.noiDangKyKhaiSinh,
    thuongTru: p.household.address,
    noiOHienTai: currentAddress(p),
    tinhTrangHonNhan: p.marital,
    chuHo: { ...ref(head), quanHe: relationToHead(p, head) },
    ...(p.father ? { cha: ref(p.father) } : {}),
    ...(p.mother ? { me: ref(p.mother) } : {}),
    ...(p.spouse ? { voChong: ref(p.spouse) } : {}),
  };
}

/** Who `other` is to `holder`; undefined unless a parent, child, spouse or household member. */
export function relationOf(holder: Citizen, other: Citizen): RelatedPerson['quanHe'] | undefined {
  if (holder === other) return undefined;
  if (holder.father === other) return 'cha';
  if (holder.mother === other) return 'me';
  if (holder.spouse === other) return 'voChong';
  if (isChildOf(other, holder)) return 'con';
  if (holder.household !== other.household) return undefined;
  if (parentsOf(holder).some((p) => isChildOf(p, other))) return 'ongBa';
  if (parentsOf(other).some((p) => isChildOf(p, holder))) return 'chau';
  if (siblings(holder, other)) return 'anhChiEm';
  return 'khac';
}

export function relatedPersonRecord(other: Citizen, quanHe: RelatedPerson['quanHe']): RelatedPerson {
  return {
    soDinhDanh: other.id,
    hoTen: fullName(other.name, other.group),
    ngaySinh: isoDate(other.birth),
    gioiTinh: other.sex,
    danToc: other.group.code,
    quocTich: 'VN',
    noiCuTru: currentAddress(other),
    quanHe,
  };
}

export function birthCertificateRecord(b: Newborn): BirthCertificate {
  return {
    soGiayChungSinh: b.number,
    hoTenDuKien: fullName(b.name, b.group),
    ngaySinh: isoDate(b.birth),
    gioiTinh: b.sex,
    noiSinh: { tenCoSoYTe: b.facility, diaChi: b.facilityAddress },
    me: ref(b.mother),
    ...(b.father ? { cha: ref(b.father) } : {}),
  };
}
