import { ownFullName } from '../own-identity';
import { countries } from '../../code-lists/countries';
import { ethnicities } from '../../code-lists/ethnicities';
import { fromIdentityAccount, fromPopulation } from '../bindings';
import { text, type PublishedPage } from '../published-form';

/** "Kính gửi": the business registration office of the commune where the business will trade. */
export const registrationOfficePage: PublishedPage = {
  id: 'co-quan-dang-ky',
  title: text('Cơ quan đăng ký kinh doanh', 'Business registration office'),
  fields: [
    {
      id: 'coQuanDangKy',
      type: 'address',
      label: text('Xã/phường nơi đặt trụ sở hộ kinh doanh', 'Commune or ward where the business will be based'),
      hint: text(
        'Hồ sơ được gửi tới cơ quan đăng ký kinh doanh cấp xã nơi đặt trụ sở hộ kinh doanh.',
        'The application goes to the business registration office of the commune where the business is based.',
      ),
      required: true,
      requireStreet: false,
      ...fromPopulation('noiOHienTai', 'editable'),
    },
  ],
};

/** The owner ("Tôi là…"): identity from the population database, contact from VNeID. */
export const ownerPage: PublishedPage = {
  id: 'chu-ho-kinh-doanh',
  title: text('Thông tin chủ hộ kinh doanh', "The business owner's details"),
  description: text(
    'Mã số hộ kinh doanh sẽ là số định danh cá nhân của bạn.',
    "The household business's number will be your personal identification number.",
  ),
  fields: [
    ownFullName('chuHoHoTen'),
    {
      id: 'chuHoNgaySinh',
      type: 'date',
      label: text('Ngày, tháng, năm sinh', 'Date of birth'),
      required: true,
      notInFuture: true,
      // Only an adult with full legal capacity may own a household business.
      minAgeYears: 18,
      maxAgeYears: 120,
      ...fromPopulation('ngaySinh', 'locked'),
    },
    {
      id: 'chuHoGioiTinh',
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
      id: 'chuHoSoDinhDanh',
      type: 'citizen-id',
      label: text('Số định danh cá nhân', 'Personal identification number'),
      hint: text('Gồm 12 chữ số, in trên thẻ Căn cước hoặc Căn cước công dân', '12 digits, printed on your identity card'),
      required: true,
      dateOfBirthField: 'chuHoNgaySinh',
      sexField: 'chuHoGioiTinh',
      ...fromPopulation('soDinhDanh', 'locked'),
    },
    {
      id: 'chuHoDanToc',
      type: 'select',
      label: text('Dân tộc', 'Ethnicity'),
      required: true,
      options: ethnicities,
      ...fromPopulation('danToc', 'locked'),
    },
    {
      id: 'chuHoQuocTich',
      type: 'select',
      label: text('Quốc tịch', 'Nationality'),
      required: true,
      options: countries,
      ...fromPopulation('quocTich', 'locked'),
    },
    {
      id: 'chuHoThuongTru',
      type: 'address',
      label: text('Nơi thường trú', 'Permanent residence'),
      required: true,
      requireStreet: true,
      ...fromPopulation('thuongTru', 'locked'),
    },
    {
      id: 'chuHoDiaChiLienLac',
      type: 'address',
      label: text('Địa chỉ liên lạc', 'Contact address'),
      hint: text('Nơi ở hiện tại, nếu khác nơi thường trú', 'Where you live now, if not your permanent residence'),
      required: true,
      requireStreet: true,
      ...fromPopulation('noiOHienTai', 'editable'),
    },
    {
      id: 'chuHoDienThoai',
      type: 'phone',
      label: text('Số điện thoại di động', 'Mobile phone number'),
      required: true,
      allowLandline: false,
      ...fromIdentityAccount('soDienThoai'),
    },
    {
      id: 'chuHoEmail',
      type: 'email',
      label: text('Thư điện tử', 'Email address'),
      required: false,
      ...fromIdentityAccount('thuDienTu'),
    },
  ],
};
