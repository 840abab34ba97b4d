/**
 * The canonical generated form of the cross-engine benchmark (shared/bench/spec.js), written
 * again in TypeScript so the app does not import files from outside the project. Every
 * contender renders the same N fields; a unit test compares this output with the shared one.
 */

export type BenchFieldType = 'text' | 'number' | 'date' | 'select' | 'radio' | 'checkbox' | 'textarea';

export interface BenchOption {
  value: string;
  label: string;
}

export interface BenchField {
  name: string;
  type: BenchFieldType;
  label: string;
  required: boolean;
  pattern?: string;
  patternMessage?: string;
  options?: readonly BenchOption[];
  conditional?: { field: string; equals: string };
}

export interface BenchSection {
  id: string;
  title: string;
  fields: BenchField[];
}

export interface BenchSpec {
  n: number;
  sections: BenchSection[];
  fields: BenchField[];
}

export const PROVINCES: readonly BenchOption[] = [
  'Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'An Giang', 'Bà Rịa - Vũng Tàu',
  'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận',
  'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam',
  'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
  'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên',
  'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình',
  'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
].map((label, i) => ({ value: String(i + 1).padStart(2, '0'), label }));

const TYPES: readonly BenchFieldType[] = ['text', 'number', 'date', 'select', 'radio', 'checkbox', 'textarea'];

const LABELS: Record<BenchFieldType, readonly string[]> = {
  text: ['Họ, chữ đệm và tên khai sinh', 'Nơi đăng ký khai sinh', 'Quê quán', 'Dân tộc', 'Tôn giáo', 'Nghề nghiệp'],
  number: ['Số nhân khẩu trong hộ', 'Thu nhập bình quân hằng tháng (đồng)', 'Diện tích nhà ở (m²)', 'Số năm cư trú'],
  date: ['Ngày, tháng, năm sinh', 'Ngày cấp giấy tờ', 'Ngày bắt đầu cư trú', 'Ngày đề nghị'],
  select: ['Tỉnh/thành phố thường trú', 'Tỉnh/thành phố nơi sinh', 'Tỉnh/thành phố nơi ở hiện tại'],
  radio: ['Giới tính', 'Giới tính của chủ hộ', 'Giới tính người được khai'],
  checkbox: ['Tôi xin cam đoan những lời khai trên là đúng sự thật', 'Đồng ý nhận kết quả qua bưu điện'],
  textarea: ['Địa chỉ chỗ ở hiện tại (số nhà, đường, thôn, xóm)', 'Lý do đề nghị', 'Ghi chú của người khai'],
};

const SECTIONS = ['Thông tin người khai', 'Thông tin về cư trú', 'Thông tin hộ gia đình', 'Giấy tờ tùy thân',
  'Thông tin nghề nghiệp', 'Thông tin người đại diện', 'Thông tin bổ sung', 'Cam đoan và xác nhận'];

export const RADIO_OPTIONS: readonly BenchOption[] = [
  { value: 'nam', label: 'Nam' },
  { value: 'nu', label: 'Nữ' },
  { value: 'khac', label: 'Khác' },
];
export const SECTION_SIZE = 10;
export const CONDITIONAL_FIELD = 'f0005_khac';

export const fieldName = (i: number): string => 'f' + String(i).padStart(4, '0');

const pick = <T,>(pool: readonly T[], index: number): T => pool[index % pool.length] as T;

export function makeBenchSpec(n: number): BenchSpec {
  const fields: BenchField[] = [];
  for (let i = 1; i <= n; i++) {
    // The first and last fields are text inputs (typing is measured in both).
    const type: BenchFieldType = i === n ? 'text' : pick(TYPES, i - 1);
    const field: BenchField = {
      name: fieldName(i),
      type,
      label: `${i}. ${pick(LABELS[type], Math.floor((i - 1) / 7))}`,
      required: true,
    };
    if (type === 'text' && i % 14 === 8 && i !== n) {
      Object.assign(field, {
        label: `${i}. Số định danh cá nhân (12 chữ số)`,
        pattern: '^[0-9]{12}$',
        patternMessage: 'Số định danh cá nhân phải gồm đúng 12 chữ số',
      });
    }
    if (type === 'select') field.options = PROVINCES;
    if (type === 'radio') field.options = RADIO_OPTIONS;
    fields.push(field);
    if (i === 5) {
      fields.push({
        name: CONDITIONAL_FIELD, type: 'text', label: '5a. Ghi rõ giới tính khác', required: true,
        conditional: { field: 'f0005', equals: 'khac' },
      });
    }
  }
  const sections: BenchSection[] = [];
  for (const field of fields) {
    const index = field.conditional ? 4 : Number(field.name.slice(1)) - 1;
    const k = Math.floor(index / SECTION_SIZE);
    sections[k] ??= { id: 's' + String(k + 1).padStart(3, '0'), fields: [], title: `Phần ${k + 1}. ${pick(SECTIONS, k)}` };
    sections[k].fields.push(field);
  }
  return { n, sections, fields };
}

/** `?fields=N` (default 50), kept to a sane range so a typo cannot hang the tab. */
export function fieldsFromSearch(search: string): number {
  const n = Math.trunc(Number(new URLSearchParams(search).get('fields') || 50));
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), 5000) : 50;
}
