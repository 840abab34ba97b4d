import type { Region } from './places';
import { kinhGivenNames, kinhSurname, type NameParts, type Sex } from './names';
import type { Rng } from './random';

/**
 * The ethnic groups the population is drawn from (codes of mocks/data/code-lists/ethnicities.ts),
 * weighted by the 2019 census, each with where its people were born (old CCCD province codes),
 * its religions and its naming: Mông men are "Giàng A Sử", Ê Đê names lead with Y / H' and
 * children take their mother's clan.
 */
type Weighted<T> = readonly (readonly [T, number])[];

export interface EthnicGroup {
  code: string;
  share: number;
  /** Old CCCD province codes where the group lives; absent for Kinh (everywhere). */
  homelands?: Weighted<string>;
  religions: Weighted<string>;
  /** "Y Sơn Niê": the prefix and given name before the clan name. */
  prefixed?: boolean;
  /** Children take the mother's clan (Ê Đê). */
  matrilineal?: boolean;
  surnames?: Weighted<string>;
  middle?: Readonly<Record<Sex, readonly string[]>>;
  given?: Readonly<Record<Sex, readonly string[]>>;
}

const plain = { nam: ['Văn'], nu: ['Thị'] } as const;
const w = (...names: string[]): Weighted<string> => names.map((name, i) => [name, names.length - i] as const);
const mostlyNone: Weighted<string> = [['Không', 94], ['Tin lành', 3], ['Công giáo', 3]];

export const kinh: EthnicGroup = {
  code: '01',
  share: 853,
  religions: [['Không', 87], ['Công giáo', 7], ['Phật giáo', 5], ['Tin lành', 1]],
};
const kinhSouth: Weighted<string> = [['Không', 74], ['Công giáo', 9], ['Phật giáo', 9], ['Cao Đài', 4], ['Phật giáo Hòa Hảo', 3], ['Tin lành', 1]];

export const ethnicGroups: readonly EthnicGroup[] = [
  kinh,
  {
    code: '02', share: 19, religions: mostlyNone, surnames: w('Nông', 'Hoàng', 'Lương', 'Triệu', 'Lục', 'Đàm', 'Ma', 'Hà'),
    homelands: [['004', 3], ['020', 3], ['008', 2], ['006', 1.5], ['019', 1.5], ['010', 1], ['015', 1]],
  },
  {
    code: '03', share: 19, religions: mostlyNone, surnames: w('Lò', 'Lường', 'Cầm', 'Quàng', 'Vi', 'Hà', 'Lang'),
    homelands: [['014', 5], ['011', 2], ['040', 2], ['038', 1.5], ['012', 1], ['017', 0.5]],
  },
  {
    code: '06', share: 15, religions: mostlyNone, surnames: w('Bùi', 'Đinh', 'Quách', 'Hà', 'Xa', 'Cao'),
    homelands: [['017', 5], ['038', 3], ['025', 1], ['037', 0.5]],
  },
  {
    code: '08', share: 15, religions: [['Không', 75], ['Tin lành', 22], ['Công giáo', 3]],
    surnames: w('Giàng', 'Sùng', 'Vàng', 'Thào', 'Lý', 'Hầu', 'Mùa', 'Lầu', 'Cứ'),
    homelands: [['002', 4], ['010', 2], ['011', 2], ['014', 2], ['012', 1], ['015', 1], ['040', 0.5]],
    middle: { nam: ['A'], nu: ['Thị'] },
    given: { nam: ['Sử', 'Páo', 'Chứ', 'Dế', 'Tủa', 'Lử', 'Pó', 'Sình', 'Dình', 'Chá'], nu: ['Mỷ', 'Dợ', 'Sông', 'Pàng', 'Mai', 'Dính', 'Chía', 'Và', 'Xúa', 'Ly'] },
  },
  {
    code: '05', share: 14, religions: [['Phật giáo', 92], ['Không', 8]], surnames: w('Thạch', 'Sơn', 'Danh', 'Kim', 'Lâm', 'Chau', 'Lý'),
    homelands: [['094', 3], ['084', 3], ['091', 1.5], ['089', 1.5], ['095', 1], ['092', 0.5]],
    middle: { nam: ['Văn', ''], nu: ['Thị', ''] },
    given: { nam: ['Sóc', 'Phol', 'Sa Rinh', 'Sô Phal', 'Rếch', 'Đa Ra', 'Vi Sal', 'Hên', 'Sà Rưn'], nu: ['Sà Ri', 'Sa Rươl', 'Sô Phia', 'Chanh Thu', 'Sóc Kha', 'Thi Đa', 'Sa Vênh', 'Mum'] },
  },
  {
    code: '07', share: 11, religions: mostlyNone, surnames: w('Nông', 'Hoàng', 'Lăng', 'Vy', 'Lục', 'Chu', 'Mã', 'Lương'),
    homelands: [['020', 4], ['004', 2], ['024', 1], ['019', 1], ['066', 1]],
  },
  {
    code: '09', share: 9, religions: mostlyNone, surnames: w('Triệu', 'Bàn', 'Đặng', 'Lý', 'Phàn', 'Chảo', 'Tẩn'),
    homelands: [['002', 2], ['010', 1.5], ['015', 1.5], ['008', 1], ['022', 1], ['004', 1], ['006', 0.5]],
    middle: { nam: ['Văn', 'Tài', 'Kiềm'], nu: ['Thị', 'Mùi'] },
    given: { nam: ['Lù', 'Sinh', 'Quẩy', 'Chàn', 'Phin', 'Vảng', 'Chòi'], nu: ['Mẩy', 'Mây', 'Xuân', 'Lở', 'Phẩy', 'Liềm', 'Nhất'] },
  },
  {
    code: '04', share: 8, religions: [['Không', 55], ['Phật giáo', 40], ['Công giáo', 5]],
    surnames: w('Lâm', 'Trương', 'Quách', 'Lý', 'Mã', 'Hứa', 'Châu', 'Tăng', 'Diệp', 'Lưu'),
    homelands: [['079', 6], ['074', 1], ['075', 1], ['094', 0.5], ['091', 0.5]],
    middle: { nam: ['Gia', 'Quốc', 'Vĩnh', 'Tú', 'Kiến'], nu: ['Mỹ', 'Huệ', 'Tú', 'Ngọc', 'Gia'] },
  },
  {
    code: '12', share: 4, religions: [['Không', 45], ['Tin lành', 40], ['Công giáo', 15]],
    surnames: w('Niê', 'Mlô', 'Êban', 'Ayun', 'Byă', 'Knul', 'Kbuôr', 'Adrơng', 'Hwing'),
    homelands: [['066', 5], ['054', 0.5], ['067', 0.5]],
    prefixed: true,
    matrilineal: true,
    middle: { nam: ['Y'], nu: ["H'"] },
    given: { nam: ['Sơn', 'Bhin', 'Thông', 'Ngông', 'Blin', 'Wơn', 'Kông', 'Jur'], nu: ['Hen', 'Linh', 'Ngơn', 'Nhung', 'Blao', 'Yăm', 'Dung', 'Ni'] },
  },
];

export const pickEthnicGroup = (rng: Rng): EthnicGroup => rng.weighted(ethnicGroups.map((g) => [g, g.share] as const));

export const pickReligion = (rng: Rng, group: EthnicGroup, region: Region): string =>
  rng.weighted(group === kinh && region === 'south' ? kinhSouth : group.religions);

export const pickSurname = (rng: Rng, group: EthnicGroup, region: Region): string =>
  group.surnames ? rng.weighted(group.surnames) : kinhSurname(rng, region);

/** Tên đệm and given name; groups without their own lists use Kinh given names. */
export function pickGivenNames(rng: Rng, group: EthnicGroup, sex: Sex, birthYear: number): Pick<NameParts, 'dem' | 'ten'> {
  const kinhStyle = kinhGivenNames(rng, sex, birthYear);
  const middle = group.middle ?? (group === kinh ? undefined : plain);
  return {
    dem: middle ? rng.pick(middle[sex]) : kinhStyle.dem,
    ten: group.given ? rng.pick(group.given[sex]) : kinhStyle.ten,
  };
}

/** The name as written on the card: "Nguyễn Thị Lan", "Giàng A Sử", "H'Hen Niê". */
export function fullName(name: NameParts, group: EthnicGroup): string {
  if (group.prefixed) return `${name.dem}${name.dem.endsWith("'") ? '' : ' '}${name.ten} ${name.ho}`;
  return [name.ho, name.dem, name.ten].filter(Boolean).join(' ');
}
