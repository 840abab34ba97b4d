import type { SelectConfig } from './select.config';

/**
 * The 34 provinces and centrally-run cities since 1 July 2025 (code, Vietnamese, English), from
 * the MIT-licensed dataset in shared/data/vn-admin-units (thanglequoc/vietnamese-provinces-database).
 */
const provinces: readonly (readonly [string, string, string])[] = [
  ['01', 'Thành phố Hà Nội', 'Hanoi City'],
  ['04', 'Tỉnh Cao Bằng', 'Cao Bang Province'],
  ['08', 'Tỉnh Tuyên Quang', 'Tuyen Quang Province'],
  ['11', 'Tỉnh Điện Biên', 'Dien Bien Province'],
  ['12', 'Tỉnh Lai Châu', 'Lai Chau Province'],
  ['14', 'Tỉnh Sơn La', 'Son La Province'],
  ['15', 'Tỉnh Lào Cai', 'Lao Cai Province'],
  ['19', 'Tỉnh Thái Nguyên', 'Thai Nguyen Province'],
  ['20', 'Tỉnh Lạng Sơn', 'Lang Son Province'],
  ['22', 'Tỉnh Quảng Ninh', 'Quang Ninh Province'],
  ['24', 'Tỉnh Bắc Ninh', 'Bac Ninh Province'],
  ['25', 'Tỉnh Phú Thọ', 'Phu Tho Province'],
  ['31', 'Thành phố Hải Phòng', 'Haiphong City'],
  ['33', 'Tỉnh Hưng Yên', 'Hung Yen Province'],
  ['37', 'Tỉnh Ninh Bình', 'Ninh Binh Province'],
  ['38', 'Tỉnh Thanh Hoá', 'Thanh Hoa Province'],
  ['40', 'Tỉnh Nghệ An', 'Nghe An Province'],
  ['42', 'Tỉnh Hà Tĩnh', 'Ha Tinh Province'],
  ['44', 'Tỉnh Quảng Trị', 'Quang Tri Province'],
  ['46', 'Thành phố Huế', 'Hue City'],
  ['48', 'Thành phố Đà Nẵng', 'Da Nang City'],
  ['51', 'Tỉnh Quảng Ngãi', 'Quang Ngai Province'],
  ['52', 'Tỉnh Gia Lai', 'Gia Lai Province'],
  ['56', 'Tỉnh Khánh Hoà', 'Khanh Hoa Province'],
  ['66', 'Tỉnh Đắk Lắk', 'Dak Lak Province'],
  ['68', 'Tỉnh Lâm Đồng', 'Lam Dong Province'],
  ['75', 'Thành phố Đồng Nai', 'Dong Nai City'],
  ['79', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh City'],
  ['80', 'Tỉnh Tây Ninh', 'Tay Ninh Province'],
  ['82', 'Tỉnh Đồng Tháp', 'Dong Thap Province'],
  ['86', 'Tỉnh Vĩnh Long', 'Vinh Long Province'],
  ['91', 'Tỉnh An Giang', 'An Giang Province'],
  ['92', 'Thành phố Cần Thơ', 'Can Tho City'],
  ['96', 'Tỉnh Cà Mau', 'Ca Mau Province'],
];

export const selectExamples = {
  default: {
    type: 'select', id: 'quocTich', label: { vi: 'Quốc tịch', en: 'Nationality' },
    required: true,
    options: [
      { value: 'VN', label: { vi: 'Việt Nam', en: 'Vietnamese' } },
      { value: 'LA', label: { vi: 'Lào', en: 'Lao' } },
      { value: 'KH', label: { vi: 'Campuchia', en: 'Cambodian' } },
      { value: 'CN', label: { vi: 'Trung Quốc', en: 'Chinese' } },
      { value: 'KR', label: { vi: 'Hàn Quốc', en: 'Korean' } },
      { value: 'JP', label: { vi: 'Nhật Bản', en: 'Japanese' } },
    ],
  },
  province: {
    type: 'select', id: 'tinhThanhPho', label: { vi: 'Tỉnh/thành phố', en: 'Province or city' },
    hint: { vi: 'Gõ để tìm, ví dụ "ha noi"', en: 'Type to search, for example "ha noi"' },
    required: true,
    options: provinces.map(([value, vi, en]) => ({ value, label: { vi, en } })),
  },
} satisfies { default: SelectConfig } & Record<string, SelectConfig>;
