import { ownFullName } from '../own-identity';
import { isBlank } from '../conditions';
import { fromIdentityAccount, fromPopulation } from '../bindings';
import { text, type PublishedPage } from '../published-form';

/** Items 1–2 of the official declaration: the registering office and the requester. */
export const registeringOfficePage: PublishedPage = {
  id: 'co-quan-dang-ky',
  title: text('Cơ quan đăng ký khai sinh', 'Registration office'),
  fields: [
    {
      id: 'coQuanDangKy',
      type: 'address',
      label: text('Ủy ban nhân dân xã/phường nơi đăng ký khai sinh', "People's Committee of the commune or ward where you register the birth"),
      hint: text(
        'Là nơi cư trú của cha hoặc mẹ của trẻ (Điều 13 Luật Hộ tịch).',
        "It must be where the child's father or mother lives (Article 13, Law on Civil Status).",
      ),
      required: true,
      requireStreet: false,
      ...fromPopulation('noiOHienTai', 'editable'),
    },
  ],
};

export const requesterPage: PublishedPage = {
  id: 'nguoi-yeu-cau',
  title: text('Người yêu cầu đăng ký khai sinh', 'Person applying for the registration'),
  description: text(
    'Người đi đăng ký khai sinh cho trẻ, thường là cha hoặc mẹ.',
    "The person registering the child's birth, usually the father or the mother.",
  ),
  fields: [
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
        'Nơi thường trú; nếu không có thì ghi nơi tạm trú. Chỉ bắt buộc khi không khai số định danh cá nhân.',
        'Your permanent residence, or your temporary residence if you have none. Only required if you do not give a personal identification number.',
      ),
      required: false,
      requiredIf: isBlank('nycSoDinhDanh'),
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
      id: 'nycQuanHe',
      type: 'radios',
      label: text('Quan hệ với người được khai sinh', 'Relationship to the child'),
      required: true,
      options: [
        { value: 'cha', label: text('Cha', 'Father') },
        { value: 'me', label: text('Mẹ', 'Mother') },
        { value: 'ong', label: text('Ông', 'Grandfather') },
        { value: 'ba', label: text('Bà', 'Grandmother') },
        { value: 'anhChi', label: text('Anh, chị', 'Brother or sister') },
        { value: 'nguoiThanKhac', label: text('Người thân thích khác', 'Other relative') },
        {
          value: 'nguoiNuoiDuong',
          label: text('Cá nhân, tổ chức đang nuôi dưỡng trẻ', 'Person or organisation caring for the child'),
          hint: text('Nộp kèm văn bản ủy quyền nếu không phải là người thân', 'Attach a letter of authorisation if you are not a relative'),
        },
      ],
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
    {
      id: 'nycEmail',
      type: 'email',
      label: text('Thư điện tử', 'Email address'),
      required: false,
      ...fromIdentityAccount('thuDienTu'),
    },
  ],
};
