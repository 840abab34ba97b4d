import { ownFullName } from '../own-identity';
import { fromIdentityAccount, fromPopulation } from '../bindings';
import { text, type PublishedField } from '../published-form';

/**
 * "Người yêu cầu" of the civil-status declarations (TT 04/2020): name, date of birth, residence,
 * identity document, then the contact details the portal asks for. Identity is locked from the
 * population database; residence and contact details stay editable.
 */
export const requesterFields = (): PublishedField[] => [
  ownFullName('nycHoTen'),
  {
    id: 'nycNgaySinh',
    type: 'date',
    label: text('Ngày, tháng, năm sinh', 'Date of birth'),
    required: true,
    notInFuture: true,
    // Filing online needs a level-2 VNeID account, which is issued from the age of 14.
    minAgeYears: 14,
    maxAgeYears: 120,
    ...fromPopulation('ngaySinh', 'locked'),
  },
  {
    id: 'nycNoiCuTru',
    type: 'address',
    label: text('Nơi cư trú', 'Place of residence'),
    hint: text(
      'Nơi thường trú; nếu không có thì nơi tạm trú. Không bắt buộc: cơ quan đăng ký tra cứu theo số định danh cá nhân.',
      'Your permanent residence, or your temporary residence if you have none. Optional: the office looks it up by your identification number.',
    ),
    required: false,
    requireStreet: true,
    ...fromPopulation('thuongTru', 'editable'),
  },
  {
    id: 'nycSoDinhDanh',
    type: 'citizen-id',
    label: text('Số định danh cá nhân', 'Personal identification number'),
    hint: text('Gồm 12 chữ số, in trên thẻ Căn cước hoặc Căn cước công dân', '12 digits, printed on your identity card'),
    required: true,
    dateOfBirthField: 'nycNgaySinh',
    ...fromPopulation('soDinhDanh', 'locked'),
  },
  {
    id: 'nycSoDienThoai',
    type: 'phone',
    label: text('Số điện thoại di động', 'Mobile phone number'),
    hint: text('Để nhận thông báo về hồ sơ qua tin nhắn', 'For text messages about your application'),
    required: true,
    allowLandline: false,
    ...fromIdentityAccount('soDienThoai'),
  },
  { id: 'nycEmail', type: 'email', label: text('Thư điện tử', 'Email address'), required: false, ...fromIdentityAccount('thuDienTu') },
];
