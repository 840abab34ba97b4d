import { countries } from '../../code-lists/countries';
import { ethnicities } from '../../code-lists/ethnicities';
import { is, isBlank } from '../conditions';
import { text, type PublishedPage } from '../published-form';

/** Items 1–3 of the official declaration: the registering office, the requester, the child. */
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
    {
      id: 'nycHoTen',
      type: 'text',
      label: text('Họ, chữ đệm và tên', 'Full name'),
      required: true,
      maxLength: 100,
      width: 'full',
      autocomplete: 'name',
      expectedLength: 18,
    },
    {
      id: 'nycNgaySinh',
      type: 'date',
      label: text('Ngày, tháng, năm sinh', 'Date of birth'),
      required: true,
      notInFuture: true,
      // Filing online needs a level-2 VNeID account, which is issued from the age of 14.
      minAgeYears: 14,
      maxAgeYears: 120,
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
    },
    {
      id: 'nycSoDinhDanh',
      type: 'citizen-id',
      label: text('Số định danh cá nhân', 'Personal identification number'),
      hint: text('Gồm 12 chữ số, in trên thẻ Căn cước hoặc Căn cước công dân', '12 digits, printed on your identity card'),
      required: true,
      dateOfBirthField: 'nycNgaySinh',
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
    },
    {
      id: 'nycEmail',
      type: 'email',
      label: text('Thư điện tử', 'Email address'),
      required: false,
    },
  ],
};

export const childPage: PublishedPage = {
  id: 'nguoi-duoc-khai-sinh',
  title: text('Người được khai sinh', 'The child'),
  fields: [
    {
      id: 'treGioiThieu',
      type: 'content',
      variant: 'paragraph',
      label: text(
        'Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:',
        'I ask the registration office to register the birth of the person below:',
      ),
    },
    {
      id: 'treHoTen',
      type: 'text',
      label: text('Họ, chữ đệm và tên', 'Full name'),
      hint: text('Viết đầy đủ, có dấu, như sẽ ghi trong Giấy khai sinh', 'In full, with Vietnamese diacritics, as it will appear on the birth certificate'),
      required: true,
      maxLength: 100,
      width: 'full',
      autocomplete: 'off',
      expectedLength: 16,
    },
    {
      id: 'treNgaySinh',
      type: 'date',
      label: text('Ngày, tháng, năm sinh', 'Date of birth'),
      required: true,
      notInFuture: true,
    },
    {
      id: 'treGioiTinh',
      type: 'radios',
      label: text('Giới tính', 'Sex'),
      required: true,
      inline: true,
      options: [
        { value: 'nam', label: text('Nam', 'Male') },
        { value: 'nu', label: text('Nữ', 'Female') },
      ],
    },
    { id: 'treDanToc', type: 'select', label: text('Dân tộc', 'Ethnicity'), required: true, options: ethnicities },
    { id: 'treQuocTich', type: 'select', label: text('Quốc tịch', 'Nationality'), required: true, options: countries },
    {
      id: 'treNoiSinhLoai',
      type: 'radios',
      label: text('Nơi sinh', 'Place of birth'),
      required: true,
      options: [
        { value: 'coSoYTe', label: text('Cơ sở y tế', 'Health facility'), hint: text('Bệnh viện, trạm y tế, nhà hộ sinh', 'Hospital, health station or maternity clinic') },
        { value: 'noiKhac', label: text('Nơi khác', 'Somewhere else'), hint: text('Ví dụ: tại nhà, trên đường đi', 'For example at home or on the way to hospital') },
      ],
    },
    {
      id: 'treTenCoSoYTe',
      type: 'text',
      label: text('Tên cơ sở y tế', 'Name of the health facility'),
      visibleIf: is('treNoiSinhLoai', 'coSoYTe'),
      required: true,
      maxLength: 200,
      width: 'full',
      expectedLength: 24,
    },
    {
      id: 'treNoiSinhDiaChi',
      type: 'address',
      label: text('Địa chỉ nơi sinh', 'Address of the place of birth'),
      required: true,
      requireStreet: false,
    },
    {
      id: 'treQueQuan',
      type: 'text',
      label: text('Quê quán', 'Home town (quê quán)'),
      hint: text(
        'Theo quê quán của cha hoặc mẹ, do cha mẹ thỏa thuận (khoản 8 Điều 4 Luật Hộ tịch). Ghi tên xã/phường và tỉnh/thành phố.',
        "The father's or the mother's home town, as the parents agree (Article 4(8), Law on Civil Status). Give the commune or ward and the province or city.",
      ),
      required: true,
      maxLength: 200,
      width: 'full',
      expectedLength: 30,
    },
  ],
};
