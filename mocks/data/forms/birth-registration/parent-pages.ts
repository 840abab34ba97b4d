import type { JsonLogicRule } from '@/schema/condition';
import type { LocalizedText } from '@/schema/localized-text';
import { countries, vietnamCountryCode } from '../../code-lists/countries';
import { ethnicities } from '../../code-lists/ethnicities';
import { is, isBlank, isSetAndNot, isYes } from '../conditions';
import { text, type PublishedField, type PublishedPage } from '../published-form';

interface Parent {
  /** Field id prefix: `me`, `cha`. */
  prefix: string;
  /** Labels naming the parent, e.g. "Họ, chữ đệm và tên của mẹ" / "Mother's full name". */
  label(vi: string, en: string): LocalizedText;
  visibleIf?: JsonLogicRule;
}

/**
 * Items 4 and 5 of the declaration ask the same of the mother and the father. A Vietnamese parent
 * gives a personal identification number, from which the registry reads the residence; a foreign
 * parent gives a passport (or similar) number and the residence.
 */
function parentFields({ prefix, label, visibleIf }: Parent): PublishedField[] {
  const id = (name: string) => `${prefix}${name}`;
  const shown = visibleIf ? { visibleIf } : {};
  return [
    { id: id('HoTen'), type: 'text', label: label('Họ, chữ đệm và tên', 'full name'), ...shown, required: true, maxLength: 100, width: 'full', expectedLength: 18 },
    {
      id: id('NgaySinh'),
      type: 'date',
      label: label('Ngày, tháng, năm sinh', 'date of birth'),
      ...shown,
      required: true,
      notInFuture: true,
      maxAgeYears: 120,
    },
    {
      id: id('DanToc'),
      type: 'select',
      label: label('Dân tộc', 'ethnicity'),
      hint: text('Bỏ trống nếu là người nước ngoài', 'Leave blank for a foreign national'),
      ...shown,
      required: false,
      requiredIf: is(id('QuocTich'), vietnamCountryCode),
      options: ethnicities,
    },
    {
      id: id('QuocTich'),
      type: 'select',
      label: label('Quốc tịch', 'nationality'),
      ...shown,
      required: true,
      options: countries,
    },
    {
      id: id('NoiCuTru'),
      type: 'address',
      label: label('Nơi cư trú', 'place of residence'),
      hint: text(
        'Không bắt buộc nếu đã khai số định danh cá nhân: cơ quan đăng ký tra cứu nơi cư trú trong Cơ sở dữ liệu quốc gia về dân cư.',
        'Not needed if you gave the personal identification number: the office looks the residence up in the National Population Database.',
      ),
      ...shown,
      required: false,
      requiredIf: isBlank(id('SoDinhDanh')),
      requireStreet: true,
    },
    {
      id: id('SoDinhDanh'),
      type: 'citizen-id',
      label: label('Số định danh cá nhân', 'personal identification number'),
      hint: text('Gồm 12 chữ số, in trên thẻ Căn cước hoặc Căn cước công dân', '12 digits, printed on the identity card'),
      visibleIf: visibleIf ? { and: [visibleIf, is(id('QuocTich'), vietnamCountryCode)] } : is(id('QuocTich'), vietnamCountryCode),
      required: true,
      dateOfBirthField: id('NgaySinh'),
    },
    {
      id: id('GiayToKhac'),
      type: 'text',
      label: label('Số hộ chiếu hoặc giấy tờ tùy thân', 'passport or identity document number'),
      hint: text('Ghi cả tên giấy tờ, ví dụ: Hộ chiếu số C1234567', 'Include the kind of document, e.g. Passport C1234567'),
      visibleIf: visibleIf ? { and: [visibleIf, isSetAndNot(id('QuocTich'), vietnamCountryCode)] } : isSetAndNot(id('QuocTich'), vietnamCountryCode),
      required: true,
      maxLength: 100,
      width: '30',
      expectedLength: 20,
    },
  ];
}

export const motherPage: PublishedPage = {
  id: 'thong-tin-me',
  title: text('Thông tin người mẹ', "Mother's details"),
  fields: parentFields({ prefix: 'me', label: (vi, en) => text(`${vi} của mẹ`, `Mother's ${en}`) }),
};

export const fatherPage: PublishedPage = {
  id: 'thong-tin-cha',
  title: text('Thông tin người cha', "Father's details"),
  fields: [
    {
      id: 'coThongTinCha',
      type: 'yes-no',
      label: text('Có thông tin người cha không?', "Do you have the father's details?"),
      hint: text(
        'Chọn "Không" nếu chưa xác định được người cha: phần khai về người cha trong Giấy khai sinh sẽ để trống.',
        'Choose "No" if the father has not been established: the father\'s section of the birth certificate will be left blank.',
      ),
      required: true,
    },
    ...parentFields({
      prefix: 'cha',
      label: (vi, en) => text(`${vi} của cha`, `Father's ${en}`),
      visibleIf: isYes('coThongTinCha'),
    }),
  ],
};

export const parentsMarriagePage: PublishedPage = {
  id: 'ket-hon-cha-me',
  title: text('Đăng ký kết hôn của cha mẹ', "Parents' marriage registration"),
  visibleIf: isYes('coThongTinCha'),
  fields: [
    {
      id: 'chaMeDaKetHon',
      type: 'yes-no',
      label: text('Cha mẹ đã đăng ký kết hôn?', "Have the child's parents registered their marriage?"),
      hint: text('Nếu có, khai theo Giấy chứng nhận kết hôn của cha mẹ', "If so, copy the details from the parents' marriage certificate"),
      required: true,
    },
    {
      id: 'ketHonSo',
      type: 'text',
      label: text('Số Giấy chứng nhận kết hôn', 'Marriage certificate number'),
      visibleIf: isYes('chaMeDaKetHon'),
      required: true,
      maxLength: 30,
      width: '10',
      expectedLength: 6,
    },
    {
      id: 'ketHonQuyenSo',
      type: 'text',
      label: text('Quyển số', 'Register book number (quyển số)'),
      hint: text('Nếu có, ví dụ: 01/2020', 'If any, for example 01/2020'),
      visibleIf: isYes('chaMeDaKetHon'),
      required: false,
      maxLength: 30,
      width: '10',
      expectedLength: 7,
    },
    {
      id: 'ketHonNgayDangKy',
      type: 'date',
      label: text('Ngày đăng ký kết hôn', 'Date the marriage was registered'),
      visibleIf: isYes('chaMeDaKetHon'),
      required: true,
      notInFuture: true,
    },
    {
      id: 'ketHonNoiDangKy',
      type: 'text',
      label: text('Nơi đăng ký kết hôn', 'Where the marriage was registered'),
      hint: text(
        'Tên cơ quan đã đăng ký kết hôn, ví dụ: UBND phường Ba Đình, thành phố Hà Nội',
        'The office that registered it, for example the Ba Dinh Ward People\'s Committee, Hanoi',
      ),
      visibleIf: isYes('chaMeDaKetHon'),
      required: true,
      maxLength: 200,
      width: 'full',
      expectedLength: 35,
    },
  ],
};
