import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerValidator } from '@/engine/answer-validators';
import { fieldRegistry } from '@/fields/registry';
import { translateMessage } from '@/renderer/translate-message';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { LocalizedText } from '@/schema/localized-text';
import { parseMessage } from '@/schema/validation-message';

/**
 * Bad input, field type by field type: every value a citizen (or a tampered draft) can hand in that
 * the form must refuse, and the exact Vietnamese sentence the citizen then reads. Messages are
 * resolved exactly as the renderer does (`translateMessage` over the `fields` namespace), and each
 * must also exist in English. Today is fixed: 10/03/2026.
 */

type Overrides = Record<string, unknown>;

interface BadInput {
  name: string;
  type: string;
  config?: Overrides;
  answer: unknown;
  /** The rest of the form, for cross-field checks (citizen ID against date of birth and sex). */
  answers?: Record<string, unknown>;
  vi: string;
}

/** A label per type, the way real forms word them (messages interpolate it). */
const labels: Record<string, LocalizedText> = {
  'citizen-id': { vi: 'Số định danh cá nhân', en: 'Personal identification number' },
  'tax-code': { vi: 'Mã số thuế', en: 'Tax code' },
  phone: { vi: 'Số điện thoại', en: 'Phone number' },
  email: { vi: 'Thư điện tử', en: 'Email address' },
  date: { vi: 'Ngày sinh', en: 'Date of birth' },
  number: { vi: 'Số thành viên', en: 'Number of members' },
  money: { vi: 'Vốn kinh doanh', en: 'Business capital' },
  text: { vi: 'Họ, chữ đệm và tên', en: 'Full name' },
  textarea: { vi: 'Lý do', en: 'Reason' },
  select: { vi: 'Dân tộc', en: 'Ethnic group' },
  radios: { vi: 'Giới tính', en: 'Sex' },
  checkboxes: { vi: 'Giấy tờ kèm theo', en: 'Documents attached' },
  consent: { vi: 'Lời cam đoan', en: 'Declaration' },
  'yes-no': { vi: 'Đã từng đăng ký khai sinh', en: 'Birth registered before' },
  address: { vi: 'Nơi thường trú', en: 'Permanent residence' },
  file: { vi: 'Giấy chứng sinh', en: 'Birth notice' },
  'repeatable-group': { vi: 'Thành viên hộ gia đình', en: 'Household members' },
};

const options = (...values: string[]) => values.map((value) => ({ value, label: { vi: value, en: value } }));
const sexOptions = { options: options('nam', 'nu') };
const ethnicOptions = { options: options('kinh', 'tay', 'thai', 'muong') };
const documentOptions = { options: options('giay-chung-sinh', 'giay-ket-hon', 'uy-quyen'), minSelected: 1, maxSelected: 2 };

const hanoi = { provinceCode: '01', provinceName: 'Thành phố Hà Nội', wardCode: '00004', wardName: 'Phường Ba Đình', street: 'Số 12 phố Điện Biên Phủ' };
const pdfOnly = { accept: ['.pdf', 'application/pdf'], maxSizeMb: 5, maxFiles: 2 };
const mb = 1024 * 1024;
const attachment = (name: string, size: number, type: string) => ({ id: `tep-${name}`, name, size, type });
const pdf = attachment('giay-chung-sinh.pdf', 200_000, 'application/pdf');

const member = (hoTen: string) => ({ hoTen });
const household = {
  fields: [{ type: 'text', id: 'hoTen', label: { vi: 'Họ và tên', en: 'Full name' }, required: true, maxLength: 100, width: 'full' }],
  itemLabel: { vi: 'Thành viên', en: 'Member' },
  minItems: 1,
  maxItems: 3,
};

const cases: BadInput[] = [
  // Citizen ID (số định danh cá nhân): 12 digits, a known place code, digits 4–6 against the declared birth.
  { name: 'citizen ID of 11 digits', type: 'citizen-id', answer: '00120300456', vi: 'Số định danh cá nhân phải gồm đúng 12 chữ số' },
  { name: 'citizen ID of 13 digits', type: 'citizen-id', answer: '0012030045678', vi: 'Số định danh cá nhân phải gồm đúng 12 chữ số' },
  { name: 'citizen ID with a letter', type: 'citizen-id', answer: '00120300456A', vi: 'Số định danh cá nhân chỉ được gồm chữ số' },
  { name: 'citizen ID with dashes', type: 'citizen-id', answer: '001-203-004-567', vi: 'Số định danh cá nhân chỉ được gồm chữ số' },
  { name: 'citizen ID with an unknown province code 000', type: 'citizen-id', answer: '000203004567', vi: 'Số định danh cá nhân có mã tỉnh/quốc gia không hợp lệ (3 chữ số đầu)' },
  { name: 'citizen ID with an unknown province code 099', type: 'citizen-id', answer: '099203004567', vi: 'Số định danh cá nhân có mã tỉnh/quốc gia không hợp lệ (3 chữ số đầu)' },
  { name: 'citizen ID with a country code beyond 295', type: 'citizen-id', answer: '300203004567', vi: 'Số định danh cá nhân có mã tỉnh/quốc gia không hợp lệ (3 chữ số đầu)' },
  { name: 'citizen ID born in the next century', type: 'citizen-id', answer: '001403004567', vi: 'Số định danh cá nhân không hợp lệ: chữ số thứ 4 đến 6 cho năm sinh ở tương lai' },
  { name: 'citizen ID born in 2030', type: 'citizen-id', answer: '001230004567', vi: 'Số định danh cá nhân không hợp lệ: chữ số thứ 4 đến 6 cho năm sinh ở tương lai' },
  {
    name: 'citizen ID century digit contradicting the date of birth', type: 'citizen-id',
    config: { dateOfBirthField: 'ngaySinh' }, answer: '001203004567', answers: { ngaySinh: '1990-05-01' },
    vi: 'Chữ số thứ 4 của số định danh cá nhân không khớp với năm sinh 1990 đã khai',
  },
  {
    name: 'citizen ID birth-year digits contradicting the date of birth', type: 'citizen-id',
    config: { dateOfBirthField: 'ngaySinh' }, answer: '001203004567', answers: { ngaySinh: '2004-05-01' },
    vi: 'Chữ số thứ 5 và 6 của số định danh cá nhân phải là 04, 2 số cuối của năm sinh 2004 đã khai',
  },
  {
    name: 'citizen ID sex digit contradicting the declared sex', type: 'citizen-id',
    config: { sexField: 'gioiTinh' }, answer: '001203004567', answers: { gioiTinh: 'nu' },
    vi: 'Chữ số thứ 4 của số định danh cá nhân không khớp với giới tính đã khai',
  },

  // Tax code (mã số thuế): mod-11 check digit, dependent units -001…-999, 12 digits only for individuals.
  { name: 'tax code with a wrong check digit', type: 'tax-code', answer: '0100233489', vi: 'Mã số thuế không đúng: hãy kiểm tra lại 10 chữ số đầu' },
  { name: 'tax code with an unassignable serial', type: 'tax-code', answer: '0100000000', vi: 'Mã số thuế không đúng: hãy kiểm tra lại 10 chữ số đầu' },
  { name: 'tax code of a branch 000', type: 'tax-code', answer: '0100233488-000', vi: '3 chữ số cuối của mã số thuế (mã đơn vị phụ thuộc) phải từ 001 đến 999' },
  { name: 'tax code with a 2-digit branch', type: 'tax-code', answer: '0100233488-01', vi: 'Mã số thuế phải gồm 10 chữ số, 13 chữ số (ví dụ 0100233488-001) hoặc là số định danh cá nhân 12 chữ số' },
  { name: 'tax code of 9 digits', type: 'tax-code', answer: '010023348', vi: 'Mã số thuế phải gồm 10 chữ số, 13 chữ số (ví dụ 0100233488-001) hoặc là số định danh cá nhân 12 chữ số' },
  { name: 'tax code with letters', type: 'tax-code', answer: 'MST0233488', vi: 'Mã số thuế phải gồm 10 chữ số, 13 chữ số (ví dụ 0100233488-001) hoặc là số định danh cá nhân 12 chữ số' },
  { name: 'tax code of 12 digits on an organisations-only form', type: 'tax-code', config: { allowIndividual12: false }, answer: '001203004567', vi: 'Mã số thuế phải gồm 10 chữ số hoặc 13 chữ số (ví dụ 0100233488-001)' },
  { name: 'tax code of 12 digits that is no citizen ID', type: 'tax-code', answer: '000203004567', vi: 'Mã số thuế gồm 12 chữ số phải là số định danh cá nhân hợp lệ' },

  // Phone: Vietnamese mobile prefixes; landlines only where the form allows them.
  { name: 'phone with a retired 012 prefix', type: 'phone', answer: '0123456789', vi: 'Số điện thoại có đầu số không thuộc nhà mạng di động nào, hãy kiểm tra lại' },
  { name: 'phone with an unknown 095 prefix', type: 'phone', answer: '0951234567', vi: 'Số điện thoại có đầu số không thuộc nhà mạng di động nào, hãy kiểm tra lại' },
  { name: 'international phone with an unknown prefix', type: 'phone', answer: '+84 112 345 678', vi: 'Số điện thoại có đầu số không thuộc nhà mạng di động nào, hãy kiểm tra lại' },
  { name: 'landline where a mobile is needed', type: 'phone', answer: '024 3825 6789', vi: 'Số điện thoại phải là số di động, không dùng số máy cố định' },
  { name: 'phone too short', type: 'phone', answer: '091234567', vi: 'Số điện thoại phải gồm 10 chữ số, ví dụ 0912 345 678' },
  { name: 'phone too long', type: 'phone', answer: '09123456789', vi: 'Số điện thoại phải gồm 10 chữ số, ví dụ 0912 345 678' },
  { name: 'landline of 10 digits', type: 'phone', config: { allowLandline: true }, answer: '0243825678', vi: 'Số điện thoại phải gồm 10 chữ số (di động) hoặc 11 chữ số (cố định, bắt đầu bằng 02)' },
  { name: 'phone in words', type: 'phone', answer: 'không chín một hai', vi: 'Số điện thoại chỉ gồm chữ số, ví dụ 0912 345 678' },

  // Email.
  { name: 'email without a domain', type: 'email', answer: 'lan@', vi: 'Nhập thư điện tử đúng định dạng, ví dụ ten@example.com' },
  { name: 'email with a space inside', type: 'email', answer: 'lan nguyen@example.com', vi: 'Nhập thư điện tử đúng định dạng, ví dụ ten@example.com' },
  { name: 'email with accented letters', type: 'email', answer: 'lân@example.com', vi: 'Nhập thư điện tử đúng định dạng, ví dụ ten@example.com' },
  { name: 'email with two @', type: 'email', answer: 'lan@@example.com', vi: 'Nhập thư điện tử đúng định dạng, ví dụ ten@example.com' },
  { name: 'email longer than 254 characters', type: 'email', answer: `${'a'.repeat(250)}@x.vn`, vi: 'Thư điện tử không được dài quá 254 ký tự' },

  // Dates: real calendar days only; the rules of the config against today (10/03/2026).
  { name: 'date 31/02', type: 'date', answer: '31/02/2024', vi: 'Ngày sinh không phải là một ngày có thật, hãy kiểm tra ngày và tháng' },
  { name: 'date 29/02 in a common year', type: 'date', answer: '29/02/2023', vi: 'Ngày sinh không phải là một ngày có thật, hãy kiểm tra ngày và tháng' },
  { name: 'date 31/04', type: 'date', answer: '31/04/2020', vi: 'Ngày sinh không phải là một ngày có thật, hãy kiểm tra ngày và tháng' },
  { name: 'date with month 13', type: 'date', answer: '12/13/2020', vi: 'Ngày sinh không phải là một ngày có thật, hãy kiểm tra ngày và tháng' },
  { name: 'date day 0', type: 'date', answer: '00/01/2020', vi: 'Ngày sinh không phải là một ngày có thật, hãy kiểm tra ngày và tháng' },
  { name: 'date in words', type: 'date', answer: 'hôm qua', vi: 'Ngày sinh phải nhập theo dạng ngày/tháng/năm, ví dụ 27/03/2019' },
  { name: 'date with a 2-digit year', type: 'date', answer: '27/03/19', vi: 'Ngày sinh phải nhập theo dạng ngày/tháng/năm, ví dụ 27/03/2019' },
  { name: 'date of birth tomorrow', type: 'date', config: { notInFuture: true }, answer: '11/03/2026', vi: 'Ngày sinh không được là một ngày trong tương lai' },
  { name: 'appointment date already past', type: 'date', config: { notInPast: true }, answer: '09/03/2026', vi: 'Ngày sinh không được là một ngày đã qua' },
  { name: 'date before the minimum', type: 'date', config: { min: '1900-01-01' }, answer: '31/12/1899', vi: 'Ngày sinh phải từ ngày 01/01/1900 trở về sau' },
  { name: 'date after the maximum', type: 'date', config: { max: '2025-12-31' }, answer: '01/01/2026', vi: 'Ngày sinh không được sau ngày 31/12/2025' },
  { name: 'too young (under 18)', type: 'date', config: { minAgeYears: 18 }, answer: '11/03/2008', vi: 'Theo ngày sinh đã nhập, người này chưa đủ 18 tuổi' },
  { name: 'too old (over 120)', type: 'date', config: { maxAgeYears: 120 }, answer: '09/03/1905', vi: 'Theo ngày sinh đã nhập, người này đã quá 120 tuổi' },

  // Numbers: range, whole numbers, decimals.
  { name: 'number with decimals where whole', type: 'number', config: { min: 1, max: 20 }, answer: '2,5', vi: 'Số thành viên phải là số nguyên, không có phần thập phân' },
  { name: 'number below the minimum', type: 'number', config: { min: 1, max: 20 }, answer: '0', vi: 'Số thành viên phải từ 1 trở lên' },
  { name: 'negative number', type: 'number', config: { min: 1, max: 20 }, answer: '-3', vi: 'Số thành viên phải từ 1 trở lên' },
  { name: 'number above the maximum', type: 'number', config: { min: 1, max: 20 }, answer: '21', vi: 'Số thành viên không được lớn hơn 20' },
  { name: 'number far above the maximum', type: 'number', config: { max: 10000 }, answer: '1.000.000', vi: 'Số thành viên không được lớn hơn 10.000' },
  { name: 'number in words', type: 'number', answer: 'mười', vi: 'Số thành viên phải là một số' },
  { name: 'number in exponent notation', type: 'number', answer: '1e5', vi: 'Số thành viên phải là một số' },
  { name: 'number with trailing letters', type: 'number', answer: '12abc', vi: 'Số thành viên phải là một số' },
  { name: 'number with too many decimals', type: 'number', config: { decimals: 2 }, answer: '72,125', vi: 'Số thành viên chỉ được có tối đa 2 chữ số sau dấu phẩy' },

  // Money: whole đồng within range.
  { name: 'negative amount', type: 'money', answer: '-50.000', vi: 'Vốn kinh doanh chỉ gồm chữ số, ví dụ 1.500.000' },
  { name: 'amount with hào', type: 'money', answer: '1.500.000,50', vi: 'Vốn kinh doanh chỉ gồm chữ số, ví dụ 1.500.000' },
  { name: 'amount in words', type: 'money', answer: 'một triệu', vi: 'Vốn kinh doanh chỉ gồm chữ số, ví dụ 1.500.000' },
  { name: 'amount below the minimum', type: 'money', config: { min: 1_000_000 }, answer: '999.999', vi: 'Vốn kinh doanh phải từ 1.000.000 đồng trở lên' },
  { name: 'amount above the maximum', type: 'money', config: { max: 10_000_000_000 }, answer: '10.000.000.001', vi: 'Vốn kinh doanh không được lớn hơn 10.000.000.000 đồng' },

  // Text (a name): no control characters, no emoji, no line breaks, a length limit.
  { name: 'name longer than its limit', type: 'text', config: { maxLength: 100 }, answer: 'Nguyễn '.repeat(20), vi: 'Họ, chữ đệm và tên không được dài quá 100 ký tự' },
  { name: 'very long name (10 000 characters)', type: 'text', answer: 'a'.repeat(10_000), vi: 'Họ, chữ đệm và tên không được dài quá 200 ký tự' },
  { name: 'name with an emoji', type: 'text', answer: 'Nguyễn Thị Lan 🌸', vi: 'Họ, chữ đệm và tên không được chứa biểu tượng cảm xúc (emoji)' },
  { name: 'name with a flag emoji', type: 'text', answer: 'Trần An 🇻🇳', vi: 'Họ, chữ đệm và tên không được chứa biểu tượng cảm xúc (emoji)' },
  { name: 'name with a keycap emoji', type: 'text', answer: 'Lan 1\uFE0F\u20E3', vi: 'Họ, chữ đệm và tên không được chứa biểu tượng cảm xúc (emoji)' },
  { name: 'name with a bell character', type: 'text', answer: 'Nguyễn\u0007 Lan', vi: 'Họ, chữ đệm và tên có ký tự không hợp lệ' },
  { name: 'name with a NUL character', type: 'text', answer: 'Nguyễn\u0000Lan', vi: 'Họ, chữ đệm và tên có ký tự không hợp lệ' },
  { name: 'name with a line break', type: 'text', answer: 'Nguyễn\nLan', vi: 'Họ, chữ đệm và tên có ký tự không hợp lệ' },
  { name: 'name with a right-to-left override', type: 'text', answer: 'Lan\u202Etxt.exe', vi: 'Họ, chữ đệm và tên có ký tự không hợp lệ' },
  { name: 'name with a lone surrogate', type: 'text', answer: 'Lan\uD83D', vi: 'Họ, chữ đệm và tên có ký tự không hợp lệ' },
  {
    name: 'text not matching the author’s pattern', type: 'text',
    config: { pattern: { regex: '^\\d{2}[A-Z]-\\d{5}$', message: { vi: 'Biển số xe phải có dạng 30A-12345', en: 'Use the form 30A-12345' } } },
    answer: '30A 12345', vi: 'Biển số xe phải có dạng 30A-12345',
  },

  // Textarea (free text): line breaks allowed, other control characters and emoji not.
  { name: 'free text longer than its limit', type: 'textarea', config: { maxLength: 500 }, answer: 'x'.repeat(501), vi: 'Lý do không được dài quá 500 ký tự' },
  { name: 'free text with an escape character', type: 'textarea', answer: 'Mất giấy tờ\u001B[31m', vi: 'Lý do có ký tự không hợp lệ' },
  { name: 'free text with an emoji', type: 'textarea', answer: 'Mất ví 😢', vi: 'Lý do không được chứa biểu tượng cảm xúc (emoji)' },

  // Choices: a value not among the options (a tampered draft, a stale pre-fill).
  { name: 'select value not in the options', type: 'select', config: ethnicOptions, answer: 'khong-co', vi: 'Dân tộc: lựa chọn không có trong danh sách' },
  { name: 'select value differing only in case', type: 'select', config: ethnicOptions, answer: 'Kinh', vi: 'Dân tộc: lựa chọn không có trong danh sách' },
  { name: 'required select left empty', type: 'select', config: ethnicOptions, answer: '', vi: 'Vui lòng chọn câu trả lời cho mục “Dân tộc”' },
  { name: 'radios value not in the options', type: 'radios', config: sexOptions, answer: 'khac', vi: 'Giới tính: lựa chọn không có trong danh sách' },
  { name: 'checkbox value not in the options', type: 'checkboxes', config: documentOptions, answer: ['giay-chung-sinh', 'ho-chieu'], vi: 'Giấy tờ kèm theo: lựa chọn không có trong danh sách' },
  { name: 'more boxes ticked than allowed', type: 'checkboxes', config: documentOptions, answer: ['giay-chung-sinh', 'giay-ket-hon', 'uy-quyen'], vi: 'Giấy tờ kèm theo: chỉ được chọn tối đa 2 mục' },
  { name: 'fewer boxes ticked than needed', type: 'checkboxes', config: { ...documentOptions, minSelected: 2 }, answer: ['uy-quyen'], vi: 'Giấy tờ kèm theo: chọn ít nhất 2 mục' },
  { name: 'yes-no left unanswered', type: 'yes-no', answer: null, vi: 'Vui lòng chọn câu trả lời cho mục “Đã từng đăng ký khai sinh”' },

  // Consent.
  { name: 'declaration not ticked', type: 'consent', answer: false, vi: 'Vui lòng đánh dấu vào ô xác nhận để tiếp tục' },

  // Address: the 34 provinces, wards of that province, a plain street line.
  { name: 'address with an unknown province code', type: 'address', answer: { ...hanoi, provinceCode: '99' }, vi: 'Tỉnh/thành phố của nơi thường trú không có trong danh mục; hãy chọn lại' },
  { name: 'address with a pre-2025 province code', type: 'address', answer: { ...hanoi, provinceCode: '26' }, vi: 'Tỉnh/thành phố của nơi thường trú không có trong danh mục; hãy chọn lại' },
  { name: 'address with a ward but no province', type: 'address', answer: { ...hanoi, provinceCode: '', provinceName: '' }, vi: 'Vui lòng chọn tỉnh/thành phố của nơi thường trú' },
  { name: 'address with a malformed ward code', type: 'address', answer: { ...hanoi, wardCode: '4' }, vi: 'Xã/phường/đặc khu của nơi thường trú không hợp lệ; hãy chọn lại' },
  {
    name: 'address with a ward of another province', type: 'address',
    answer: { ...hanoi, wardCode: '27316', wardName: 'Phường An Đông' },
    vi: 'Xã/phường/đặc khu của nơi thường trú không thuộc tỉnh/thành phố đã chọn; hãy chọn lại',
  },
  { name: 'address without a street where required', type: 'address', answer: { ...hanoi, street: '  ' }, vi: 'Vui lòng nhập số nhà, đường, thôn/tổ của nơi thường trú' },
  { name: 'address street too long', type: 'address', answer: { ...hanoi, street: 'Ngõ 5 '.repeat(40) }, vi: 'Địa chỉ chi tiết không được dài quá 200 ký tự' },
  { name: 'address street with an emoji', type: 'address', answer: { ...hanoi, street: 'Số 1 🏠' }, vi: 'Địa chỉ chi tiết không được chứa biểu tượng cảm xúc (emoji)' },
  { name: 'address street with a tab-less control character', type: 'address', answer: { ...hanoi, street: 'Số 1\u0008' }, vi: 'Địa chỉ chi tiết có ký tự không hợp lệ' },

  // Files: type, size, emptiness, count.
  { name: 'file of the wrong type', type: 'file', config: pdfOnly, answer: [attachment('anh.exe', 1000, 'application/x-msdownload')], vi: 'Tệp “anh.exe” không đúng định dạng: chỉ nhận PDF' },
  { name: 'file with a double extension', type: 'file', config: pdfOnly, answer: [attachment('giay.pdf.exe', 1000, '')], vi: 'Tệp “giay.pdf.exe” không đúng định dạng: chỉ nhận PDF' },
  { name: 'file too large', type: 'file', config: pdfOnly, answer: [attachment('scan.pdf', 5 * mb + 1, 'application/pdf')], vi: 'Tệp “scan.pdf” lớn quá 5 MB' },
  { name: 'empty file (0 bytes)', type: 'file', config: pdfOnly, answer: [attachment('trong.pdf', 0, 'application/pdf')], vi: 'Tệp “trong.pdf” trống (0 byte): hãy chọn lại tệp' },
  { name: 'too many files', type: 'file', config: pdfOnly, answer: [pdf, { ...pdf, id: 'b' }, { ...pdf, id: 'c' }], vi: 'Chỉ được tải lên tối đa 2 tệp' },
  { name: 'required file missing', type: 'file', config: pdfOnly, answer: [], vi: 'Vui lòng tải lên giấy chứng sinh' },

  // Repeatable groups: count limits, and each item's own rules.
  {
    name: 'more items than the maximum', type: 'repeatable-group', config: household,
    answer: [member('An'), member('Bình'), member('Chi'), member('Dũng')], vi: 'Chỉ được khai tối đa 3 thành viên',
  },
  { name: 'fewer items than the minimum', type: 'repeatable-group', config: { ...household, minItems: 2 }, answer: [member('An')], vi: 'Cần ít nhất 2 thành viên' },
  { name: 'no items in a required list', type: 'repeatable-group', config: household, answer: [], vi: 'Cần ít nhất 1 thành viên' },
];

/** The field config a form would hold: the palette's defaults, the case's overrides, zod defaults. */
function configOf(item: BadInput): BaseFieldConfig {
  const definition = fieldRegistry.get(item.type);
  const raw = { ...definition.create('truongKiemThu'), label: labels[item.type], ...item.config };
  return definition.configSchema.parse(raw) as unknown as BaseFieldConfig;
}

/** The first message the engine would show for this answer: the type's own rule, then cross-field checks. */
function firstMessage(item: BadInput, config: BaseFieldConfig): string | undefined {
  const result = answerValidator(config, config.required !== false).safeParse(item.answer);
  if (!result.success) return result.error.issues[0]?.message;
  return fieldRegistry.of(config).crossCheck?.(config, item.answer, item.answers ?? {});
}

const render = (locale: 'vi' | 'en', message: string, config: BaseFieldConfig) =>
  translateMessage(i18next.getFixedT(locale), locale, message, config.label[locale] ?? config.label.vi);

describe('bad input: every field type refuses it with a clear message in both languages', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 10, 9, 0, 0));
  });
  afterAll(() => vi.useRealTimers());

  it('has at least 60 cases, covering every field type that takes an answer', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const answered = fieldRegistry.all().filter((definition) => definition.hasAnswer).map((definition) => definition.type);
    expect(new Set(cases.map((item) => item.type))).toEqual(new Set(answered));
  });

  it.each(cases.map((item) => [item.name, item] as const))('%s', (_name, item) => {
    const config = configOf(item);
    const message = firstMessage(item, config);
    expect(message, 'the answer was accepted').toBeDefined();
    if (message === undefined) return;

    expect(render('vi', message, config)).toBe(item.vi);

    const { key, values } = parseMessage(message);
    if (key !== '@text') expect(i18next.exists(key, { lng: 'en', ...values }), `English for ${key}`).toBe(true);
    const english = render('en', message, config);
    expect(english).not.toBe(item.vi);
    expect(english).not.toMatch(/\{\{|errors\./);
  });
});

/** Controls: the rules above refuse the bad value, not its neighbours. */
const good: readonly BadInput[] = [
  { name: 'citizen ID grouped with spaces', type: 'citizen-id', answer: '001 203 004 567', vi: '' },
  { name: 'tax code of a branch', type: 'tax-code', answer: '0100233488-001', vi: '' },
  { name: 'international mobile number', type: 'phone', answer: '+84 912 345 678', vi: '' },
  { name: '29/02 in a leap year', type: 'date', config: { notInFuture: true }, answer: '29/02/2024', vi: '' },
  { name: 'exactly 18 today', type: 'date', config: { minAgeYears: 18 }, answer: '10/03/2008', vi: '' },
  { name: 'a name with Vietnamese diacritics', type: 'text', answer: 'Nguyễn Thị Ánh Tuyết', vi: '' },
  { name: 'free text over several lines', type: 'textarea', answer: 'Dòng một\nDòng hai', vi: '' },
  { name: 'address in Hà Nội', type: 'address', answer: hanoi, vi: '' },
  { name: 'three members', type: 'repeatable-group', config: household, answer: [member('An'), member('Bình'), member('Chi')], vi: '' },
];

describe('good input next to the bad', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 10, 9, 0, 0));
  });
  afterAll(() => vi.useRealTimers());

  it.each(good.map((item) => [item.name, item] as const))('%s is accepted', (_name, item) => {
    expect(firstMessage(item, configOf(item))).toBeUndefined();
  });
});
