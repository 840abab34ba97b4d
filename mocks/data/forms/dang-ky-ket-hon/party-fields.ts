import { countries } from '../../code-lists/countries';
import { ethnicities } from '../../code-lists/ethnicities';
import { answerOf, is } from '../conditions';
import { fromPopulation, fromRelatedPerson } from '../bindings';
import { text, type PublishedField } from '../published-form';

/** The two columns of the declaration, the bride's first as on the official form. */
export type Side = 'nu' | 'nam';
const sides = {
  nu: { prefix: 'benNu', vi: 'bên nữ', en: 'bride', column: 'neuLaNu', other: 'nam', minAge: 18 },
  nam: { prefix: 'benNam', vi: 'bên nam', en: 'groom', column: 'neuLaNam', other: 'nu', minAge: 20 },
} as const;

export const fieldOf = (side: Side, name: string): string => `${sides[side].prefix}${name}`;

/** The choices of "Tình trạng hôn nhân"; values as the population database codes them. */
export const maritalStatusOptions = [
  { value: 'docThan', label: text('Chưa kết hôn lần nào', 'Never married') },
  { value: 'lyHon', label: text('Đã ly hôn', 'Divorced') },
  { value: 'goa', label: text('Vợ hoặc chồng đã chết', 'Widowed') },
  { value: 'coVoChong', label: text('Đang có vợ hoặc chồng', 'Currently married') },
];

/**
 * One column of the declaration (Họ tên · Ngày sinh · Dân tộc · Quốc tịch · Nơi cư trú · Giấy tờ
 * tùy thân · Kết hôn lần thứ mấy · Tình trạng hôn nhân). Online the number comes first: the
 * citizen's own column gets their number from the population database (`neuLaNu/neuLaNam`: only
 * in the column of their sex), the partner's column the number the citizen types; either way the
 * related-person source then fills the column — the citizen's own record without consent, the
 * partner's once she or he has agreed in VNeID to share it with the citizen.
 */
export function partyFields(side: Side): PublishedField[] {
  const { prefix, vi, en, column, other, minAge } = sides[side];
  const id = (name: string) => `${prefix}${name}`;
  const label = (viLabel: string, enLabel: string) => text(`${viLabel} (${vi})`, `${enLabel} (${en})`);
  const person = { personField: id('SoDinhDanh'), consentField: id('DongYChiaSe') };
  return [
    {
      id: id('SoDinhDanh'),
      type: 'citizen-id',
      label: label('Số định danh cá nhân', 'Personal identification number'),
      hint: text('Gồm 12 chữ số, in trên thẻ Căn cước hoặc Căn cước công dân', '12 digits, printed on the identity card'),
      required: true,
      dateOfBirthField: id('NgaySinh'),
      ...fromPopulation(`${column}.soDinhDanh`, 'locked'),
    },
    {
      id: id('DongYChiaSe'),
      type: 'consent',
      label: text(
        `Người cùng kết hôn (${vi}) đã đồng ý chia sẻ thông tin của mình trong Cơ sở dữ liệu quốc gia về dân cư với tôi trên ứng dụng VNeID`,
        `My partner (the ${en}) has agreed in the VNeID app to share their details in the National Population Database with me`,
      ),
      hint: text(
        'Khi đã đồng ý, các thông tin dưới đây được điền từ Cơ sở dữ liệu quốc gia về dân cư. Nếu chưa, bạn tự nhập.',
        'Once they have agreed, the details below are filled in from the National Population Database. Otherwise, type them in.',
      ),
      // Only in the partner's column: the citizen's own column is read without anyone's consent.
      visibleIf: { and: [is('nguoiNopLa', other), { '!!': answerOf(id('SoDinhDanh')) }] },
      required: false,
    },
    {
      id: id('HoTen'),
      type: 'text',
      label: label('Họ, chữ đệm và tên', 'Full name'),
      required: true,
      maxLength: 100,
      width: 'full',
      expectedLength: 18,
      ...fromRelatedPerson('hoTen', 'locked', person),
    },
    {
      id: id('NgaySinh'),
      type: 'date',
      label: label('Ngày, tháng, năm sinh', 'Date of birth'),
      hint: text(`${side === 'nu' ? 'Nữ' : 'Nam'} phải từ đủ ${minAge} tuổi (Điều 8 Luật Hôn nhân và gia đình)`, `The ${en} must be at least ${minAge} (Article 8, Law on Marriage and Family)`),
      required: true,
      notInFuture: true,
      minAgeYears: minAge,
      maxAgeYears: 120,
      ...fromRelatedPerson('ngaySinh', 'locked', person),
    },
    { id: id('DanToc'), type: 'select', label: label('Dân tộc', 'Ethnicity'), required: true, options: ethnicities, ...fromRelatedPerson('danToc', 'locked', person) },
    { id: id('QuocTich'), type: 'select', label: label('Quốc tịch', 'Nationality'), required: true, options: countries, ...fromRelatedPerson('quocTich', 'locked', person) },
    {
      id: id('NoiCuTru'),
      type: 'address',
      label: label('Nơi cư trú', 'Place of residence'),
      hint: text(
        'Nơi thường trú; nếu không có thì nơi tạm trú. Không bắt buộc: cơ quan đăng ký tra cứu theo số định danh cá nhân.',
        'Permanent residence, or temporary residence if there is none. Optional: the office looks it up by the identification number.',
      ),
      required: false,
      requireStreet: true,
      ...fromRelatedPerson('noiCuTru', 'editable', person),
    },
    {
      id: id('KetHonLanThu'),
      type: 'number',
      label: label('Kết hôn lần thứ mấy', 'Which marriage is this for them'),
      hint: text('Ví dụ: 1 nếu kết hôn lần đầu', 'For example 1 for a first marriage'),
      required: true,
      decimals: 0,
      min: 1,
      max: 10,
      width: '2',
      expectedLength: 1,
    },
    {
      id: id('TinhTrangHonNhan'),
      type: 'radios',
      label: label('Tình trạng hôn nhân hiện nay', 'Current marital status'),
      required: true,
      options: maritalStatusOptions,
      ...fromPopulation(`${column}.tinhTrangHonNhan`, 'locked'),
    },
  ];
}
