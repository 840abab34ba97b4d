import { countries } from '../../code-lists/countries';
import { ethnicities } from '../../code-lists/ethnicities';
import { answerOf } from '../conditions';
import { fromDeathNotice, fromRelatedPerson } from '../bindings';
import { text, type PublishedField, type PublishedPage } from '../published-form';
import { requesterFields } from '../xac-nhan-tinh-trang-hon-nhan/requester-fields';

/** "Kính gửi": the commune of the deceased's last residence (Điều 32 Luật Hộ tịch), as the death notice gives it. */
export const registeringOfficePage: PublishedPage = {
  id: 'co-quan-dang-ky',
  title: text('Cơ quan đăng ký khai tử', 'Registration office'),
  fields: [
    {
      id: 'coQuanDangKy',
      type: 'address',
      label: text('Ủy ban nhân dân xã/phường nơi đăng ký khai tử', "People's Committee of the commune or ward where you register the death"),
      hint: text(
        'Là nơi cư trú cuối cùng của người chết; nếu không xác định được thì nơi người đó chết (Điều 32 Luật Hộ tịch).',
        "Where the deceased last lived; if that is unknown, where they died (Article 32, Law on Civil Status).",
      ),
      required: true,
      requireStreet: false,
      ...fromDeathNotice('nguoiChet.noiCuTru', 'editable'),
    },
  ],
};

const relationField: PublishedField = {
  id: 'nycQuanHe',
  type: 'radios',
  label: text('Quan hệ với người chết', 'Relationship to the deceased'),
  hint: text('Bạn là gì của người chết, ví dụ: con', 'What you were to the deceased, for example their child'),
  required: true,
  options: [
    { value: 'con', label: text('Con', 'Child') },
    { value: 'voChong', label: text('Vợ hoặc chồng', 'Spouse') },
    { value: 'chaMe', label: text('Cha hoặc mẹ', 'Father or mother') },
    { value: 'anhChiEm', label: text('Anh, chị, em', 'Brother or sister') },
    { value: 'chau', label: text('Cháu', 'Grandchild') },
    { value: 'ongBa', label: text('Ông hoặc bà', 'Grandparent') },
    { value: 'nguoiThanKhac', label: text('Người thân thích khác', 'Other relative') },
    {
      value: 'khac',
      label: text('Cơ quan, tổ chức, cá nhân khác', 'Another organisation or person'),
      hint: text('Nộp kèm văn bản ủy quyền nếu không phải là người thân', 'Attach a letter of authorisation if you are not a relative'),
    },
  ],
  ...fromDeathNotice('nguoiYeuCau.quanHe', 'editable'),
};

/** Item 2: the requester, then their relationship to the deceased (as the notice shows it). */
export const requesterPage: PublishedPage = {
  id: 'nguoi-yeu-cau',
  title: text('Người yêu cầu đăng ký khai tử', 'Person applying for the registration'),
  description: text('Thường là vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết.', 'Usually the spouse, a child, a parent or another relative of the deceased.'),
  fields: [...requesterFields().slice(0, 4), relationField, ...requesterFields().slice(4)],
};

const person = { personField: 'ntSoDinhDanh', consentField: 'ntDongYKhaiThac' };

/**
 * "Đề nghị cơ quan đăng ký khai tử cho người có tên dưới đây": identified by the number on the
 * death notice, the rest read from the population database — which still holds the person as
 * living: the death is recorded there only once registered.
 */
export const deceasedPage: PublishedPage = {
  id: 'nguoi-duoc-khai-tu',
  title: text('Người được khai tử', 'The deceased'),
  fields: [
    {
      id: 'ntSoDinhDanh',
      type: 'citizen-id',
      label: text('Số định danh cá nhân của người chết', 'Personal identification number of the deceased'),
      hint: text('Theo Giấy báo tử hoặc thẻ Căn cước của người chết', 'As on the death notice or the identity card of the deceased'),
      required: true,
      dateOfBirthField: 'ntNgaySinh',
      ...fromDeathNotice('nguoiChet.soDinhDanh', 'locked'),
    },
    {
      id: 'ntDongYKhaiThac',
      type: 'consent',
      label: text(
        'Tôi là người thân thích của người chết và đề nghị khai thác thông tin của người này trong Cơ sở dữ liệu quốc gia về dân cư để đăng ký khai tử',
        "I am a relative of the deceased and ask for their details in the National Population Database to be used for this registration",
      ),
      hint: text(
        'Khi được chọn, các thông tin dưới đây được điền từ Cơ sở dữ liệu quốc gia về dân cư. Nếu không, bạn tự nhập.',
        'If you tick this, the details below are filled in from the National Population Database. Otherwise, type them in.',
      ),
      visibleIf: { '!!': answerOf('ntSoDinhDanh') },
      required: false,
    },
    {
      id: 'ntHoTen',
      type: 'text',
      label: text('Họ, chữ đệm và tên', 'Full name'),
      required: true,
      maxLength: 100,
      width: 'full',
      expectedLength: 18,
      ...fromRelatedPerson('hoTen', 'locked', person),
    },
    { id: 'ntNgaySinh', type: 'date', label: text('Ngày, tháng, năm sinh', 'Date of birth'), required: true, notInFuture: true, maxAgeYears: 150, ...fromRelatedPerson('ngaySinh', 'locked', person) },
    {
      id: 'ntGioiTinh',
      type: 'radios',
      label: text('Giới tính', 'Sex'),
      required: true,
      inline: true,
      options: [
        { value: 'nam', label: text('Nam', 'Male') },
        { value: 'nu', label: text('Nữ', 'Female') },
      ],
      ...fromRelatedPerson('gioiTinh', 'locked', person),
    },
    { id: 'ntDanToc', type: 'select', label: text('Dân tộc', 'Ethnicity'), required: true, options: ethnicities, ...fromRelatedPerson('danToc', 'locked', person) },
    { id: 'ntQuocTich', type: 'select', label: text('Quốc tịch', 'Nationality'), required: true, options: countries, ...fromRelatedPerson('quocTich', 'locked', person) },
    {
      id: 'ntNoiCuTru',
      type: 'address',
      label: text('Nơi cư trú cuối cùng', 'Last place of residence'),
      required: true,
      requireStreet: true,
      ...fromRelatedPerson('noiCuTru', 'editable', person),
    },
  ],
};
