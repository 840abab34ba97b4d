import type { JsonLogicRule } from '@/schema/condition';
import type { LocalizedText } from '@/schema/localized-text';
import type { PrefillBinding } from '@/schema/prefill-binding';
import { countries, vietnamCountryCode } from '../../code-lists/countries';
import { ethnicities } from '../../code-lists/ethnicities';
import { answerOf, is, isBlank, isSetAndNot } from '../conditions';
import { text, type PublishedField } from '../published-form';
import { fromRelatedPerson } from '../bindings';

export interface Parent {
  /** Field id prefix: `me`, `cha`. */
  prefix: string;
  /** Labels naming the parent, e.g. "Họ, chữ đệm và tên của mẹ" / "Mother's full name". */
  label(vi: string, en: string): LocalizedText;
  /** The parent's personal identification number, as the birth certificate gives it. */
  idBinding: { prefill: PrefillBinding };
  /** "The mother agrees to share…": the population database gives a parent's data only with consent. */
  consentLabel: LocalizedText & { en: string };
  visibleIf?: JsonLogicRule;
}

/** Both conditions, or just the second when there is no first. */
const both = (first: JsonLogicRule | undefined, second: JsonLogicRule): JsonLogicRule => (first ? { and: [first, second] } : second);

/**
 * Items 4 and 5 of the declaration ask the same of the mother and the father. A Vietnamese parent
 * gives a personal identification number, from which the registry reads the residence; a foreign
 * parent gives a passport (or similar) number and the residence.
 *
 * Online, nationality and the number come first: with the number (from the birth certificate)
 * and the parent's consent, the population database fills in the rest. A parent who is the
 * citizen filling the form needs no consent (their own record is read), so the consent box
 * shows only for someone else's number.
 */
export function parentFields({ prefix, label, idBinding, consentLabel, visibleIf }: Parent): PublishedField[] {
  const id = (name: string) => `${prefix}${name}`;
  const shown = visibleIf ? { visibleIf } : {};
  const person = { personField: id('SoDinhDanh'), consentField: id('DongYChiaSe') };
  return [
    {
      id: id('QuocTich'),
      type: 'select',
      label: label('Quốc tịch', 'nationality'),
      ...shown,
      required: true,
      options: countries,
      ...fromRelatedPerson('quocTich', 'locked', person),
    },
    {
      id: id('SoDinhDanh'),
      type: 'citizen-id',
      label: label('Số định danh cá nhân', 'personal identification number'),
      hint: text(
        'Gồm 12 chữ số, in trên thẻ Căn cước hoặc Căn cước công dân. Người nước ngoài: chọn quốc tịch ở trên.',
        '12 digits, printed on the identity card. For a foreign national, choose the nationality above.',
      ),
      visibleIf: both(visibleIf, { '!': isSetAndNot(id('QuocTich'), vietnamCountryCode) }),
      required: true,
      dateOfBirthField: id('NgaySinh'),
      ...idBinding,
    },
    {
      id: id('DongYChiaSe'),
      type: 'consent',
      label: consentLabel,
      hint: text(
        'Khi được đồng ý, các thông tin dưới đây được điền từ Cơ sở dữ liệu quốc gia về dân cư. Nếu không, bạn tự nhập.',
        'With their agreement, the details below are filled in from the National Population Database. Otherwise, type them in.',
      ),
      visibleIf: both(visibleIf, {
        and: [{ '!!': answerOf(id('SoDinhDanh')) }, { '!==': [answerOf(id('SoDinhDanh')), answerOf('nycSoDinhDanh')] }],
      }),
      required: false,
    },
    {
      id: id('HoTen'),
      type: 'text',
      label: label('Họ, chữ đệm và tên', 'full name'),
      ...shown,
      required: true,
      maxLength: 100,
      width: 'full',
      expectedLength: 18,
      ...fromRelatedPerson('hoTen', 'locked', person),
    },
    {
      id: id('NgaySinh'),
      type: 'date',
      label: label('Ngày, tháng, năm sinh', 'date of birth'),
      ...shown,
      required: true,
      notInFuture: true,
      maxAgeYears: 120,
      ...fromRelatedPerson('ngaySinh', 'locked', person),
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
      ...fromRelatedPerson('danToc', 'locked', person),
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
      ...fromRelatedPerson('noiCuTru', 'editable', person),
    },
    {
      id: id('GiayToKhac'),
      type: 'text',
      label: label('Số hộ chiếu hoặc giấy tờ tùy thân', 'passport or identity document number'),
      hint: text('Ghi cả tên giấy tờ, ví dụ: Hộ chiếu số C1234567', 'Include the kind of document, e.g. Passport C1234567'),
      visibleIf: both(visibleIf, isSetAndNot(id('QuocTich'), vietnamCountryCode)),
      required: true,
      maxLength: 100,
      width: '30',
      expectedLength: 20,
    },
  ];
}
