import type { Region } from './places';
import type { Rng } from './random';

/**
 * Kinh names: họ by frequency (Nguyễn ~38%, then Trần, Lê, Phạm…; Hoàng/Vũ in the north become
 * Huỳnh/Võ in the south), a tên đệm that follows the generation (Văn/Thị for most people born
 * before 1975, rarer since), and a given name by sex, with the names parents choose today.
 * Hand-written lists: a faker locale would change the population with every library release.
 */
export type Sex = 'nam' | 'nu';

export interface NameParts {
  ho: string;
  dem: string;
  ten: string;
}

const commonSurnames: readonly (readonly [string, number])[] = [
  ['Nguyễn', 384], ['Trần', 121], ['Lê', 95], ['Phạm', 70], ['Phan', 45], ['Đặng', 21], ['Bùi', 20],
  ['Đỗ', 14], ['Hồ', 13], ['Ngô', 13], ['Dương', 10], ['Đinh', 7], ['Đào', 6], ['Trương', 6], ['Lý', 5],
  ['Trịnh', 4], ['Đoàn', 4], ['Lương', 4], ['Mai', 4], ['Cao', 4], ['Hà', 4], ['Tạ', 3], ['Lâm', 3],
  ['Phùng', 2], ['Vương', 2], ['Lưu', 2], ['Tô', 2], ['Châu', 2], ['Thái', 2], ['Kiều', 1], ['Quách', 1],
];
const northernSurnames: readonly (readonly [string, number])[] = [['Hoàng', 51], ['Vũ', 39], ...commonSurnames];
const centralSurnames: readonly (readonly [string, number])[] = [['Hoàng', 26], ['Huỳnh', 25], ['Võ', 25], ['Vũ', 14], ...commonSurnames];
const southernSurnames: readonly (readonly [string, number])[] = [['Huỳnh', 51], ['Võ', 39], ...commonSurnames];

export function kinhSurname(rng: Rng, region: Region): string {
  if (region === 'south') return rng.weighted(southernSurnames);
  if (region === 'central') return rng.weighted(centralSurnames);
  return rng.weighted(northernSurnames);
}

const middle = {
  nam: ['Đức', 'Minh', 'Quốc', 'Hữu', 'Công', 'Thanh', 'Xuân', 'Quang', 'Trọng', 'Duy', 'Tiến', 'Đình', 'Ngọc', 'Hoàng', 'Anh', 'Thành', 'Mạnh', 'Việt'],
  nu: ['Ngọc', 'Thu', 'Thanh', 'Minh', 'Phương', 'Thùy', 'Hồng', 'Kim', 'Bích', 'Khánh', 'Hải', 'Diệu', 'Quỳnh', 'Hoài', 'Mai', 'Lan', 'Mỹ', 'Tuyết'],
} as const;
const modernMiddle = {
  nam: ['Gia', 'Bảo', 'Minh', 'Đăng', 'Hoàng', 'Nhật', 'Anh', 'Tuấn', 'Khôi', 'Đức', 'Quốc', 'Thiên'],
  nu: ['Bảo', 'Khánh', 'Ngọc', 'Gia', 'Minh', 'Thảo', 'Tường', 'Phương', 'Hà', 'An', 'Diệp', 'Tuệ'],
} as const;

const given = {
  nam: [
    'Hùng', 'Dũng', 'Tuấn', 'Minh', 'Hải', 'Nam', 'Long', 'Thắng', 'Sơn', 'Cường', 'Hiếu', 'Quang', 'Trung', 'Phong',
    'Bình', 'Thành', 'Tùng', 'Khoa', 'Huy', 'Hoàng', 'Khánh', 'Lâm', 'Vinh', 'Toàn', 'Tâm', 'Tài', 'Nghĩa', 'Thịnh',
    'Đạt', 'Kiên', 'Hưng', 'Tiến', 'Quý', 'Hòa', 'Phúc', 'Lộc', 'Chiến', 'Hậu', 'Việt', 'Tú',
  ],
  nu: [
    'Lan', 'Hương', 'Hoa', 'Mai', 'Linh', 'Trang', 'Hằng', 'Thảo', 'Nga', 'Hà', 'Anh', 'Phương', 'Thủy', 'Yến', 'Nhung',
    'Hạnh', 'Huyền', 'Loan', 'Oanh', 'Dung', 'Vân', 'Tuyết', 'Hồng', 'Liên', 'Thu', 'Hiền', 'Trâm', 'Quỳnh', 'Giang',
    'Lý', 'Diễm', 'Thơm', 'Huệ', 'Xuân', 'Hường', 'Tâm', 'Nhàn', 'Sương',
  ],
} as const;
const modernGiven = {
  nam: ['Khôi', 'Bảo', 'Phúc', 'An', 'Minh', 'Nam', 'Lâm', 'Khang', 'Huy', 'Đăng', 'Quân', 'Kiệt', 'Duy', 'Khoa', 'Phong', 'Vinh', 'Hiếu', 'Nhật'],
  nu: ['An', 'Ngân', 'Chi', 'Nhi', 'Vy', 'Linh', 'My', 'Hân', 'Diệp', 'Thư', 'Anh', 'Ngọc', 'Trâm', 'Như', 'Châu', 'Tâm', 'Nhiên', 'Thảo'],
} as const;

/** A tên đệm and a given name for someone born in `birthYear`. */
export function kinhGivenNames(rng: Rng, sex: Sex, birthYear: number): Pick<NameParts, 'dem' | 'ten'> {
  const traditional = birthYear < 1975 ? 0.8 : birthYear < 1995 ? 0.5 : birthYear < 2010 ? 0.25 : 0.1;
  const modern = birthYear >= 2005 ? 0.75 : birthYear >= 1990 ? 0.35 : 0.05;
  const ten = rng.chance(modern) ? rng.pick(modernGiven[sex]) : rng.pick(given[sex]);
  let dem: string = sex === 'nam' ? 'Văn' : 'Thị';
  if (!rng.chance(traditional)) {
    do dem = rng.chance(modern) ? rng.pick(modernMiddle[sex]) : rng.pick(middle[sex]);
    while (dem === ten);
  }
  return { dem, ten };
}

const plainLetters: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ['a', 'àáảãạăằắẳẵặâầấẩẫậ'], ['e', 'èéẻẽẹêềếểễệ'], ['i', 'ìíỉĩị'], ['o', 'òóỏõọôồốổỗộơờớởỡợ'],
    ['u', 'ùúủũụưừứửữự'], ['y', 'ỳýỷỹỵ'], ['d', 'đ'],
  ].flatMap(([plain = '', marked = '']) => [...marked].map((letter) => [letter, plain])),
);

/** ASCII form for e-mail addresses: "Nguyễn Thị Lan" → "nguyenthilan". */
export function asciiSlug(text: string): string {
  let slug = '';
  for (const letter of text.toLowerCase()) {
    const plain = plainLetters[letter] ?? letter;
    if (/^[a-z0-9]$/.test(plain)) slug += plain;
  }
  return slug;
}
