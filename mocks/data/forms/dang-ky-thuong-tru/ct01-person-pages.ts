import { ownFullName } from '../own-identity';
import { is } from '../conditions';
import { fromIdentityAccount, fromPopulation } from '../bindings';
import { text, type PublishedField, type PublishedPage } from '../published-form';

/**
 * Items 1–9 and 11 of the CT01 declaration (Tờ khai thay đổi thông tin cư trú, Thông tư
 * 53/2025/TT-BCA), shared by permanent and temporary residence registration.
 */
const sexOptions = [
  { value: 'nam', label: text('Nam', 'Male') },
  { value: 'nu', label: text('Nữ', 'Female') },
];

/** Items 1–6: the person declaring, as the population database and VNeID hold them. */
export const declarantPage: PublishedPage = {
  id: 'nguoi-de-nghi',
  title: text('Người đề nghị', 'About you'),
  fields: [
    ownFullName('hoTen', {
      label: text('Họ, chữ đệm và tên khai sinh', 'Full name as on your birth certificate'),
    }),
    {
      id: 'ngaySinh',
      type: 'date',
      label: text('Ngày, tháng, năm sinh', 'Date of birth'),
      required: true,
      notInFuture: true,
      maxAgeYears: 120,
      ...fromPopulation('ngaySinh', 'locked'),
    },
    { id: 'gioiTinh', type: 'radios', label: text('Giới tính', 'Sex'), required: true, inline: true, options: sexOptions, ...fromPopulation('gioiTinh', 'locked') },
    {
      id: 'soDinhDanh',
      type: 'citizen-id',
      label: text('Số định danh cá nhân', 'Personal identification number'),
      required: true,
      dateOfBirthField: 'ngaySinh',
      sexField: 'gioiTinh',
      ...fromPopulation('soDinhDanh', 'locked'),
    },
    { id: 'soDienThoai', type: 'phone', label: text('Số điện thoại liên hệ', 'Contact phone number'), required: true, allowLandline: true, ...fromIdentityAccount('soDienThoai') },
    { id: 'email', type: 'email', label: text('Email', 'Email address'), required: false, ...fromIdentityAccount('thuDienTu') },
  ],
};

/**
 * Items 7–9: the head of the household the citizen will belong to at the new address. A citizen
 * who rents or owns a place alone heads their own household; one who joins a household names its
 * head, pre-filled with the head of the household they belong to now (editable: the database only
 * knows today's household, not the one at the new address).
 */
export const householdHeadPage: PublishedPage = {
  id: 'chu-ho',
  title: text('Chủ hộ', 'Head of household'),
  fields: [
    {
      id: 'chuHoLa',
      type: 'radios',
      label: text('Ai là chủ hộ tại chỗ ở đề nghị đăng ký?', 'Who heads the household at the address you are registering?'),
      required: true,
      options: [
        { value: 'banThan', label: text('Tôi là chủ hộ', 'I do'), hint: text('Bạn lập hộ mới tại chỗ ở này', 'You start a household of your own at this address') },
        { value: 'nguoiKhac', label: text('Người khác', 'Someone else'), hint: text('Bạn vào một hộ gia đình đã có', 'You join an existing household') },
      ],
    },
    {
      id: 'chuHoHoTen',
      type: 'text',
      label: text('Họ, chữ đệm và tên chủ hộ', 'Full name of the head of household'),
      hint: text(
        'Điền sẵn theo hộ bạn đang thuộc trong CSDL về cư trú; sửa nếu chủ hộ tại chỗ ở mới là người khác.',
        'Filled in from the household you belong to in the residence database; change it if the head at the new address is someone else.',
      ),
      visibleIf: is('chuHoLa', 'nguoiKhac'),
      required: true,
      maxLength: 100,
      width: 'full',
      expectedLength: 18,
      ...fromPopulation('chuHo.hoTen', 'editable'),
    },
    {
      id: 'quanHeChuHo',
      type: 'text',
      label: text('Mối quan hệ với chủ hộ', 'Your relationship to the head of household'),
      hint: text('Ví dụ: con, vợ, cháu, ở nhờ', 'For example: son or daughter, wife, grandchild, lodger'),
      visibleIf: is('chuHoLa', 'nguoiKhac'),
      required: true,
      maxLength: 50,
      width: '20',
      expectedLength: 4,
      ...fromPopulation('chuHo.quanHe', 'editable'),
    },
    {
      id: 'chuHoSoDinhDanh',
      type: 'citizen-id',
      label: text('Số định danh cá nhân của chủ hộ', "Head of household's personal identification number"),
      visibleIf: is('chuHoLa', 'nguoiKhac'),
      required: true,
      ...fromPopulation('chuHo.soDinhDanh', 'editable'),
    },
    {
      id: 'chuHoDongY',
      type: 'content',
      variant: 'inset',
      label: text(
        'Chủ hộ cho ý kiến đồng ý trên ứng dụng VNeID, thay cho chữ ký tại mục "Ý kiến của chủ hộ" trên tờ khai giấy.',
        'The head of household agrees in the VNeID app, instead of signing the "head of household" box of the paper form.',
      ),
      visibleIf: is('chuHoLa', 'nguoiKhac'),
    },
  ],
};

const memberFields: PublishedField[] = [
  { id: 'tvHoTen', type: 'text', label: text('Họ, chữ đệm và tên', 'Full name'), required: true, maxLength: 100, width: 'full', expectedLength: 18 },
  { id: 'tvNgaySinh', type: 'date', label: text('Ngày, tháng, năm sinh', 'Date of birth'), required: true, notInFuture: true },
  { id: 'tvGioiTinh', type: 'radios', label: text('Giới tính', 'Sex'), required: true, inline: true, options: sexOptions },
  { id: 'tvSoDinhDanh', type: 'citizen-id', label: text('Số định danh cá nhân', 'Personal identification number'), required: true },
  { id: 'tvQuanHeChuHo', type: 'text', label: text('Mối quan hệ với chủ hộ', 'Relationship to the head of household'), required: true, maxLength: 50, width: '20', expectedLength: 4 },
];

/** Item 11: household members who move with the citizen (none for someone moving alone). */
export const membersPage: PublishedPage = {
  id: 'thanh-vien-cung-thay-doi',
  title: text('Thành viên hộ gia đình cùng thay đổi', 'Household members moving with you'),
  description: text(
    'Những người trong hộ gia đình cùng đăng ký với bạn. Bỏ qua nếu bạn đăng ký một mình. Người chưa thành niên cần ý kiến đồng ý của cha, mẹ hoặc người giám hộ (qua VNeID).',
    'People of your household registering with you. Skip this if you register alone. A minor needs the agreement of a parent or guardian (given in VNeID).',
  ),
  fields: [
    {
      id: 'thanhVienCungThayDoi',
      type: 'repeatable-group',
      label: text('Thành viên cùng thay đổi', 'Members moving with you'),
      required: false,
      minItems: 0,
      maxItems: 20,
      itemLabel: text('Thành viên', 'Member'),
      addLabel: text('Thêm thành viên', 'Add a member'),
      fields: memberFields,
    },
  ],
};
