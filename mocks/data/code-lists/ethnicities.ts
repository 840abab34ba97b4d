import type { LocalizedText } from '@/schema/localized-text';

/**
 * The 54 ethnic groups of Việt Nam with their official codes (Danh mục các dân tộc Việt Nam,
 * Quyết định 121-TCTK/PPCĐ of 2 March 1979, still used by the population and civil-status
 * databases: 01 Kinh … 54 Rơ Măm). The value a submission stores is the 2-digit code; names
 * follow the General Statistics Office's current spelling. English names use the usual
 * romanisation, with the most common alternative in brackets.
 */
export interface EthnicityOption {
  value: string;
  label: LocalizedText & { en: string };
}

const entries: readonly (readonly [code: string, vi: string, en: string])[] = [
  ['01', 'Kinh', 'Kinh (Viet)'],
  ['02', 'Tày', 'Tay'],
  ['03', 'Thái', 'Thai'],
  ['04', 'Hoa', 'Hoa (Chinese)'],
  ['05', 'Khmer', 'Khmer'],
  ['06', 'Mường', 'Muong'],
  ['07', 'Nùng', 'Nung'],
  ['08', 'Mông', 'Hmong'],
  ['09', 'Dao', 'Dao (Yao)'],
  ['10', 'Gia Rai', 'Gia Rai (Jarai)'],
  ['11', 'Ngái', 'Ngai'],
  ['12', 'Ê Đê', 'E De (Rhade)'],
  ['13', 'Ba Na', 'Ba Na (Bahnar)'],
  ['14', 'Xơ Đăng', 'Xo Dang (Sedang)'],
  ['15', 'Sán Chay', 'San Chay'],
  ['16', 'Cơ Ho', 'Co Ho (Koho)'],
  ['17', 'Chăm', 'Cham'],
  ['18', 'Sán Dìu', 'San Diu'],
  ['19', 'Hrê', 'Hre'],
  ['20', 'Mnông', 'Mnong'],
  ['21', 'Ra Glai', 'Ra Glai (Roglai)'],
  ['22', 'Xtiêng', 'Xtieng (Stieng)'],
  ['23', 'Bru Vân Kiều', 'Bru - Van Kieu'],
  ['24', 'Thổ', 'Tho'],
  ['25', 'Giáy', 'Giay'],
  ['26', 'Cơ Tu', 'Co Tu (Katu)'],
  ['27', 'Giẻ Triêng', 'Gie Trieng'],
  ['28', 'Mạ', 'Ma'],
  ['29', 'Khơ Mú', 'Kho Mu (Khmu)'],
  ['30', 'Co', 'Co (Cor)'],
  ['31', 'Tà Ôi', 'Ta Oi'],
  ['32', 'Chơ Ro', 'Cho Ro'],
  ['33', 'Kháng', 'Khang'],
  ['34', 'Xinh Mun', 'Xinh Mun'],
  ['35', 'Hà Nhì', 'Ha Nhi'],
  ['36', 'Chu Ru', 'Chu Ru (Churu)'],
  ['37', 'Lào', 'Lao'],
  ['38', 'La Chí', 'La Chi'],
  ['39', 'La Ha', 'La Ha'],
  ['40', 'Phù Lá', 'Phu La'],
  ['41', 'La Hủ', 'La Hu'],
  ['42', 'Lự', 'Lu'],
  ['43', 'Lô Lô', 'Lo Lo'],
  ['44', 'Chứt', 'Chut'],
  ['45', 'Mảng', 'Mang'],
  ['46', 'Pà Thẻn', 'Pa Then'],
  ['47', 'Cơ Lao', 'Co Lao'],
  ['48', 'Cống', 'Cong'],
  ['49', 'Bố Y', 'Bo Y'],
  ['50', 'Si La', 'Si La'],
  ['51', 'Pu Péo', 'Pu Peo'],
  ['52', 'Brâu', 'Brau'],
  ['53', 'Ơ Đu', 'O Du'],
  ['54', 'Rơ Măm', 'Ro Mam'],
];

export const ethnicities: readonly EthnicityOption[] = entries.map(([value, vi, en]) => ({
  value,
  label: { vi, en },
}));

export const kinhEthnicityCode = '01';
