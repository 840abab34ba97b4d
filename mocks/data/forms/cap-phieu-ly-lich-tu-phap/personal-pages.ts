import { ownFullName } from '../own-identity';
import { countries } from '../../code-lists/countries';
import { ethnicities } from '../../code-lists/ethnicities';
import { fromBirthRegistration, fromIdentityAccount, fromPopulation } from '../bindings';
import { text, type PublishedPage } from '../published-form';

/** Items 1–7 of the declaration: who the certificate is about, as the population database holds it. */
export const applicantPage: PublishedPage = {
  id: 'nguoi-yeu-cau',
  title: text('Thông tin người yêu cầu cấp Phiếu', 'About you'),
  description: text(
    'Phiếu lý lịch tư pháp được cấp cho chính bạn. Thông tin nhân thân được điền từ Cơ sở dữ liệu quốc gia về dân cư.',
    'The certificate is issued about you. Your personal details are filled in from the National Population Database.',
  ),
  fields: [
    ownFullName('hoTen'),
    {
      id: 'tenGoiKhac',
      type: 'text',
      label: text('Tên gọi khác (nếu có)', 'Other names (if any)'),
      hint: text('Tên thường gọi, bí danh, tên trước khi thay đổi họ tên', 'A name you are known by, an alias, or your name before a change of name'),
      required: false,
      maxLength: 100,
      width: 'full',
      expectedLength: 10,
    },
    {
      id: 'gioiTinh',
      type: 'radios',
      label: text('Giới tính', 'Sex'),
      required: true,
      inline: true,
      options: [
        { value: 'nam', label: text('Nam', 'Male') },
        { value: 'nu', label: text('Nữ', 'Female') },
      ],
      ...fromPopulation('gioiTinh', 'locked'),
    },
    {
      id: 'ngaySinh',
      type: 'date',
      label: text('Ngày, tháng, năm sinh', 'Date of birth'),
      required: true,
      notInFuture: true,
      minAgeYears: 14,
      maxAgeYears: 120,
      ...fromPopulation('ngaySinh', 'locked'),
    },
    {
      id: 'noiSinh',
      type: 'text',
      label: text('Nơi sinh', 'Place of birth'),
      hint: text('Như ghi trong Giấy khai sinh', 'As written on your birth certificate'),
      required: true,
      maxLength: 200,
      width: 'full',
      expectedLength: 30,
      ...fromBirthRegistration('noiSinh', 'locked'),
    },
    { id: 'quocTich', type: 'select', label: text('Quốc tịch', 'Nationality'), required: true, options: countries, ...fromPopulation('quocTich', 'locked') },
    { id: 'danToc', type: 'select', label: text('Dân tộc', 'Ethnicity'), required: true, options: ethnicities, ...fromPopulation('danToc', 'locked') },
  ],
};

/** Items 8–10: residence and identity document. */
export const residencePage: PublishedPage = {
  id: 'noi-cu-tru-giay-to',
  title: text('Nơi cư trú và giấy tờ tùy thân', 'Residence and identity document'),
  fields: [
    {
      id: 'noiThuongTru',
      type: 'address',
      label: text('Nơi thường trú', 'Permanent residence'),
      required: true,
      requireStreet: true,
      ...fromPopulation('thuongTru', 'locked'),
    },
    {
      id: 'noiTamTru',
      type: 'address',
      label: text('Nơi tạm trú (nếu có)', 'Temporary residence (if any)'),
      hint: text(
        'Nơi bạn đang ở, nếu khác nơi thường trú. Phiếu được cấp bởi Công an tỉnh nơi thường trú hoặc nơi tạm trú.',
        'Where you live, if not at your permanent residence. The certificate is issued by the police of the province of your permanent or temporary residence.',
      ),
      required: false,
      requireStreet: true,
      ...fromPopulation('noiOHienTai', 'editable'),
    },
    {
      id: 'soDinhDanh',
      type: 'citizen-id',
      label: text('Giấy tờ tùy thân: số định danh cá nhân', 'Identity document: personal identification number'),
      hint: text('Số thẻ Căn cước hoặc Căn cước công dân, 12 chữ số', 'Your identity card number, 12 digits'),
      required: true,
      dateOfBirthField: 'ngaySinh',
      sexField: 'gioiTinh',
      ...fromPopulation('soDinhDanh', 'locked'),
    },
    {
      id: 'giayToNgayCap',
      type: 'date',
      label: text('Ngày cấp thẻ (nếu nhớ)', 'Date the card was issued (if you know it)'),
      hint: text('Không bắt buộc: cơ quan cấp Phiếu tra được từ số định danh.', 'Optional: the issuing office can look it up from your number.'),
      required: false,
      notInFuture: true,
    },
  ],
};

/** Items 11–14: parents, spouse and contact details. */
export const familyPage: PublishedPage = {
  id: 'gia-dinh-lien-he',
  title: text('Cha, mẹ, vợ hoặc chồng và liên hệ', 'Parents, spouse and contact details'),
  fields: [
    {
      id: 'chaHoTen',
      type: 'text',
      label: text('Họ và tên cha', "Father's full name"),
      hint: text('Để trống nếu không có thông tin về cha', 'Leave blank if your father is not known'),
      required: false,
      maxLength: 100,
      width: 'full',
      expectedLength: 18,
      ...fromPopulation('cha.hoTen', 'locked'),
    },
    {
      id: 'meHoTen',
      type: 'text',
      label: text('Họ và tên mẹ', "Mother's full name"),
      hint: text('Để trống nếu không có thông tin về mẹ', 'Leave blank if your mother is not known'),
      required: false,
      maxLength: 100,
      width: 'full',
      expectedLength: 18,
      ...fromPopulation('me.hoTen', 'locked'),
    },
    {
      id: 'voChongHoTen',
      type: 'text',
      label: text('Họ và tên vợ hoặc chồng', "Spouse's full name"),
      hint: text('Để trống nếu bạn chưa kết hôn', 'Leave blank if you are not married'),
      required: false,
      maxLength: 100,
      width: 'full',
      expectedLength: 18,
      ...fromPopulation('voChong.hoTen', 'locked'),
    },
    {
      id: 'soDienThoai',
      type: 'phone',
      label: text('Số điện thoại', 'Phone number'),
      required: true,
      allowLandline: false,
      ...fromIdentityAccount('soDienThoai'),
    },
    {
      id: 'email',
      type: 'email',
      label: text('Thư điện tử', 'Email address'),
      required: false,
      ...fromIdentityAccount('thuDienTu'),
    },
  ],
};
