import { countries } from '../../code-lists/countries';
import { ethnicities } from '../../code-lists/ethnicities';
import { is } from '../conditions';
import { text, type PublishedPage } from '../published-form';
import { fromBirthCertificate } from '../bindings';

/** Item 3 of the official declaration: the child, mostly as the electronic birth certificate gives it. */
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
      ...fromBirthCertificate('hoTenDuKien', 'editable'),
    },
    {
      id: 'treNgaySinh',
      type: 'date',
      label: text('Ngày, tháng, năm sinh', 'Date of birth'),
      required: true,
      notInFuture: true,
      ...fromBirthCertificate('ngaySinh', 'locked'),
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
      ...fromBirthCertificate('gioiTinh', 'locked'),
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
      ...fromBirthCertificate('noiSinh.loai', 'editable'),
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
      ...fromBirthCertificate('noiSinh.tenCoSoYTe', 'editable'),
    },
    {
      id: 'treNoiSinhDiaChi',
      type: 'address',
      label: text('Địa chỉ nơi sinh', 'Address of the place of birth'),
      required: true,
      requireStreet: false,
      ...fromBirthCertificate('noiSinh.diaChi', 'editable'),
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
