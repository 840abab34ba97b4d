import {
  consentHeader,
  populationPath,
  populationRecordSchema,
  relatedPersonPath,
  relatedPersonSchema,
  type PopulationRecord,
  type RelatedPerson,
} from '@/lib/api-contract/registries';
import { toAddressValue } from './address';
import { sourceIdentity } from './directory';
import { defineSource, text, type SourceAttribute } from './types';


type Attribute = SourceAttribute<PopulationRecord>;
type Person = 'chuHo' | 'cha' | 'me' | 'voChong';
const personLabels: Record<Person, [string, string]> = {
  chuHo: ['chủ hộ', 'head of household'],
  cha: ['cha', 'father'],
  me: ['mẹ', 'mother'],
  voChong: ['vợ hoặc chồng', 'spouse'],
};

/** `cha.soDinhDanh`, `voChong.hoTen`…: the people the record names. */
const personAttributes = (person: Person): Attribute[] => {
  const [vi, en] = personLabels[person];
  return [
    { id: `${person}.hoTen`, label: text(`Họ, chữ đệm và tên của ${vi}`, `Full name of the ${en}`), kind: 'text', read: (r) => r[person]?.hoTen },
    {
      id: `${person}.soDinhDanh`,
      label: text(`Số định danh cá nhân của ${vi}`, `Personal identification number of the ${en}`),
      kind: 'citizen-id',
      read: (r) => r[person]?.soDinhDanh,
    },
  ];
};

/** What identifies a person in both population records (own and related): one definition. */
type IdentityFields = Pick<PopulationRecord, 'soDinhDanh' | 'hoTen' | 'ngaySinh' | 'gioiTinh' | 'danToc' | 'quocTich'>;
const identityAttributes = <TRecord extends IdentityFields>(): SourceAttribute<TRecord>[] => [
  { id: 'soDinhDanh', label: text('Số định danh cá nhân', 'Personal identification number'), kind: 'citizen-id', read: (r) => r.soDinhDanh },
  { id: 'hoTen', label: text('Họ, chữ đệm và tên', 'Full name'), kind: 'text', read: (r) => r.hoTen },
  { id: 'ngaySinh', label: text('Ngày, tháng, năm sinh', 'Date of birth'), kind: 'date', read: (r) => r.ngaySinh },
  { id: 'gioiTinh', label: text('Giới tính', 'Sex'), kind: 'code', read: (r) => r.gioiTinh },
  { id: 'danToc', label: text('Dân tộc', 'Ethnicity'), kind: 'code', read: (r) => r.danToc },
  { id: 'quocTich', label: text('Quốc tịch', 'Nationality'), kind: 'code', read: (r) => r.quocTich },
];

/**
 * The marriage declaration's columns go by sex ("Bên nữ", "Bên nam"), and either may be the
 * citizen filling it: `neuLaNu.soDinhDanh` is the citizen's number only if she is a woman, so
 * it fills her own column and leaves the other for her partner's number (the column's details
 * then come from that number: the related-person source reads the citizen's own for her number).
 */
const marriageColumnAttributes = (sex: 'nu' | 'nam'): Attribute[] => {
  const [id, vi, en] = sex === 'nu' ? ['neuLaNu', 'nữ', 'a woman'] : ['neuLaNam', 'nam', 'a man'];
  const mine = (r: PopulationRecord) => r.gioiTinh === sex;
  return [
    {
      id: `${id}.soDinhDanh`,
      label: text(`Số định danh cá nhân (nếu là ${vi})`, `Personal identification number (if ${en})`),
      kind: 'citizen-id',
      read: (r) => (mine(r) ? r.soDinhDanh : undefined),
    },
    {
      id: `${id}.tinhTrangHonNhan`,
      label: text(`Tình trạng hôn nhân (nếu là ${vi})`, `Marital status (if ${en})`),
      kind: 'code',
      read: (r) => (mine(r) ? r.tinhTrangHonNhan : undefined),
    },
  ];
};

/** The signed-in citizen's own record in the National Population Database. */
export const populationSource = defineSource({
  ...sourceIdentity('dan-cu'),
  correction: text(
    'Nếu thông tin chưa đúng, hãy liên hệ Công an cấp xã nơi cư trú để điều chỉnh trong CSDL quốc gia về dân cư.',
    'If this is wrong, ask the commune police where you live to correct it in the National Population Database.',
  ),
  request: { subject: 'self', path: populationPath },
  schema: populationRecordSchema,
  attributes: [
    ...identityAttributes<PopulationRecord>(),
    { id: 'tonGiao', label: text('Tôn giáo', 'Religion'), kind: 'text', read: (r) => r.tonGiao },
    { id: 'queQuan', label: text('Quê quán', 'Home town'), kind: 'text', read: (r) => r.queQuan },
    { id: 'noiDangKyKhaiSinh', label: text('Nơi đăng ký khai sinh', 'Where the birth was registered'), kind: 'text', read: (r) => r.noiDangKyKhaiSinh },
    { id: 'thuongTru', label: text('Nơi thường trú', 'Permanent residence'), kind: 'address', read: (r) => toAddressValue(r.thuongTru) },
    { id: 'noiOHienTai', label: text('Nơi ở hiện tại', 'Current address'), kind: 'address', read: (r) => toAddressValue(r.noiOHienTai) },
    { id: 'tinhTrangHonNhan', label: text('Tình trạng hôn nhân', 'Marital status'), kind: 'code', read: (r) => r.tinhTrangHonNhan },
    { id: 'chuHo.quanHe', label: text('Quan hệ với chủ hộ', 'Relationship to the head of household'), kind: 'text', read: (r) => r.chuHo.quanHe },
    ...personAttributes('chuHo'),
    ...personAttributes('cha'),
    ...personAttributes('me'),
    ...personAttributes('voChong'),
    ...marriageColumnAttributes('nu'),
    ...marriageColumnAttributes('nam'),
  ],
});

/**
 * A related person's minimal record. The citizen's own record fits the same shape (see
 * `ownAsRelatedPerson`), so a form asking for "the mother" is filled alike whether the mother is
 * someone else or the citizen herself.
 */
export type RelatedPersonRecord = Omit<RelatedPerson, 'quanHe'> & { quanHe?: RelatedPerson['quanHe'] };

/** The parent, spouse or child whose số định danh the citizen gave, with that person's consent. */
export const relatedPersonSource = defineSource<RelatedPersonRecord>({
  ...sourceIdentity('dan-cu-lien-quan'),
  correction: text(
    'Nếu thông tin chưa đúng, người này cần liên hệ Công an cấp xã nơi cư trú để điều chỉnh trong CSDL quốc gia về dân cư.',
    'If this is wrong, this person needs to ask the commune police where they live to correct it in the National Population Database.',
  ),
  request: { subject: 'related-person', path: relatedPersonPath, headers: { [consentHeader]: 'granted' } },
  schema: relatedPersonSchema,
  attributes: [
    ...identityAttributes<RelatedPersonRecord>(),
    { id: 'noiCuTru', label: text('Nơi cư trú', 'Place of residence'), kind: 'address', read: (r) => toAddressValue(r.noiCuTru) },
  ],
});

/** The citizen's own record read as a related person's (the mother registering her own child). */
export const ownAsRelatedPerson = (own: PopulationRecord): RelatedPersonRecord => ({
  soDinhDanh: own.soDinhDanh,
  hoTen: own.hoTen,
  ngaySinh: own.ngaySinh,
  gioiTinh: own.gioiTinh,
  danToc: own.danToc,
  quocTich: own.quocTich,
  noiCuTru: own.thuongTru,
});
