import { ownFullName } from '../own-identity';
import { drivingLicenceClasses } from '@/lib/api-contract/driving-licences';
import { countries } from '../../code-lists/countries';
import { is } from '../conditions';
import { fromDrivingLicence, fromIdentityAccount, fromPopulation } from '../bindings';
import { text, type PublishedPage } from '../published-form';

/** Classes of the 2024 law, the ones a new card can carry. */
const newClasses = drivingLicenceClasses.slice(0, drivingLicenceClasses.indexOf('DE') + 1);
const classOption = (hang: string) => ({ value: hang, label: text(`Hạng ${hang}`, `Class ${hang}`) });
/** Classes for which no health certificate is needed (motorbikes). */
const withoutHealthCheck = ['A1', 'A', 'B1'];

/** The applicant, as the population database and VNeID hold them. */
export const applicantPage: PublishedPage = {
  id: 'nguoi-de-nghi',
  title: text('Người đề nghị đổi giấy phép lái xe', 'About you'),
  fields: [
    ownFullName('hoTen'),
    { id: 'ngaySinh', type: 'date', label: text('Ngày, tháng, năm sinh', 'Date of birth'), required: true, notInFuture: true, minAgeYears: 16, ...fromPopulation('ngaySinh', 'locked') },
    { id: 'quocTich', type: 'select', label: text('Quốc tịch', 'Nationality'), required: true, options: countries, ...fromPopulation('quocTich', 'locked') },
    {
      id: 'soDinhDanh',
      type: 'citizen-id',
      label: text('Số định danh cá nhân', 'Personal identification number'),
      required: true,
      dateOfBirthField: 'ngaySinh',
      ...fromPopulation('soDinhDanh', 'locked'),
    },
    { id: 'noiCuTru', type: 'address', label: text('Nơi cư trú', 'Place of residence'), required: true, requireStreet: true, ...fromPopulation('thuongTru', 'locked') },
    { id: 'soDienThoai', type: 'phone', label: text('Số điện thoại', 'Phone number'), required: true, allowLandline: false, ...fromIdentityAccount('soDienThoai') },
  ],
};

/** The licence held now, from the driving-licence database. */
export const currentLicencePage: PublishedPage = {
  id: 'giay-phep-dang-co',
  title: text('Giấy phép lái xe đang có', 'Your current driving licence'),
  description: text(
    'Điền sẵn từ CSDL giấy phép lái xe: giấy phép có thời hạn sắp hết sớm nhất. Nếu bạn đổi một giấy phép khác của mình, hãy sửa lại.',
    'Filled in from the driving licence database: the licence whose term ends first. If you are exchanging another of your licences, change the details.',
  ),
  fields: [
    {
      id: 'gplxSo',
      type: 'text',
      label: text('Số giấy phép lái xe', 'Licence number'),
      required: true,
      maxLength: 12,
      width: '20',
      pattern: { regex: '^\\d{12}$', message: text('Số giấy phép lái xe gồm 12 chữ số', 'A licence number has 12 digits') },
      expectedLength: 12,
      ...fromDrivingLicence('soGiayPhep', 'editable'),
    },
    {
      id: 'gplxHang',
      type: 'select',
      label: text('Hạng', 'Class'),
      required: true,
      options: drivingLicenceClasses.map(classOption),
      ...fromDrivingLicence('hang', 'editable'),
    },
    {
      id: 'gplxCoQuanCap',
      type: 'text',
      label: text('Cơ quan cấp', 'Issued by'),
      required: true,
      maxLength: 200,
      width: 'full',
      expectedLength: 40,
      ...fromDrivingLicence('coQuanCap', 'editable'),
    },
    { id: 'gplxNgayCap', type: 'date', label: text('Ngày cấp', 'Issued on'), required: true, notInFuture: true, ...fromDrivingLicence('ngayCap', 'editable') },
    {
      id: 'gplxNgayHetHan',
      type: 'date',
      label: text('Có giá trị đến', 'Valid until'),
      hint: text('Để trống nếu giấy phép không thời hạn (hạng A1, A, B1)', 'Leave blank for a licence without a term (classes A1, A, B1)'),
      required: false,
      ...fromDrivingLicence('ngayHetHan', 'editable'),
    },
  ],
};

/** What the citizen asks for and why. */
export const requestPage: PublishedPage = {
  id: 'de-nghi-doi',
  title: text('Đề nghị đổi', 'Your request'),
  fields: [
    {
      id: 'hangDeNghi',
      type: 'select',
      label: text('Hạng đề nghị đổi', 'Class of the new licence'),
      hint: text(
        'Điền sẵn hạng tương ứng theo Luật Trật tự, an toàn giao thông đường bộ 2024 (ví dụ B2 đổi sang B).',
        'Filled in with the matching class under the Road Traffic Order and Safety Law 2024 (for example B2 becomes B).',
      ),
      required: true,
      options: newClasses.map(classOption),
      ...fromDrivingLicence('hangSauDoi', 'editable'),
    },
    {
      id: 'lyDoDoi',
      type: 'radios',
      label: text('Lý do đổi', 'Why are you exchanging it?'),
      required: true,
      options: [
        { value: 'hetHan', label: text('Sắp hết hạn hoặc đã hết hạn', 'It expires soon or has expired') },
        { value: 'hong', label: text('Bị hỏng', 'It is damaged') },
        { value: 'thayDoiThongTin', label: text('Thông tin trên giấy phép đã thay đổi', 'Details on it have changed'), hint: text('Ví dụ: họ tên, số định danh', 'For example your name or identification number') },
        { value: 'doiMauMoi', label: text('Đổi sang mẫu, hạng mới', 'To get the new card and classes') },
      ],
    },
    {
      id: 'mat',
      type: 'content',
      variant: 'warning',
      label: text(
        'Nếu bạn bị mất giấy phép lái xe, hãy dùng thủ tục "Cấp lại giấy phép lái xe", không phải thủ tục đổi.',
        'If you have lost your licence, apply to have it reissued ("Cấp lại giấy phép lái xe"), not exchanged.',
      ),
    },
    {
      id: 'giayKhamSucKhoe',
      type: 'file',
      label: text('Giấy khám sức khỏe của người lái xe', "Driver's health certificate"),
      hint: text(
        'Còn hiệu lực, do cơ sở y tế có thẩm quyền cấp. Chọn giấy khám sức khỏe điện tử trong kho dữ liệu của bạn hoặc tải lên bản chụp (PDF, JPG, PNG, tối đa 5 MB).',
        'Still valid, from an authorised health facility. Pick the electronic certificate in your data store or upload a scan (PDF, JPG, PNG, up to 5 MB).',
      ),
      visibleIf: { '!': { in: [{ var: 'hangDeNghi' }, withoutHealthCheck] } },
      required: true,
      accept: ['.pdf', '.jpg', '.jpeg', '.png'],
      maxSizeMb: 5,
      maxFiles: 1,
      reuse: ['giay-kham-suc-khoe-lai-xe'],
    },
  ],
};

/** How the new card comes back, and the declaration. */
export const resultPage: PublishedPage = {
  id: 'nhan-ket-qua-cam-doan',
  title: text('Nhận kết quả và cam đoan', 'Getting the result and declaration'),
  fields: [
    {
      id: 'cachNhanKetQua',
      type: 'radios',
      label: text('Hình thức nhận giấy phép lái xe mới', 'How do you want to receive the new licence?'),
      hint: text('Giấy phép lái xe điện tử được cập nhật trên VNeID khi hồ sơ được duyệt.', 'The electronic licence appears in VNeID once the application is approved.'),
      required: true,
      options: [
        { value: 'buuChinh', label: text('Qua dịch vụ bưu chính', 'By post'), hint: text('Cước phí do người nhận trả', 'You pay the postage on delivery') },
        { value: 'trucTiep', label: text('Nhận trực tiếp tại nơi nộp hồ sơ', 'In person where the application is handled') },
      ],
    },
    {
      id: 'diaChiNhanKetQua',
      type: 'address',
      label: text('Địa chỉ nhận giấy phép', 'Delivery address'),
      visibleIf: is('cachNhanKetQua', 'buuChinh'),
      required: true,
      requireStreet: true,
      ...fromPopulation('noiOHienTai', 'editable'),
    },
    {
      id: 'camDoan',
      type: 'consent',
      label: text(
        'Tôi xin cam đoan những điều ghi trên là đúng sự thật, giấy phép lái xe đang có không bị tẩy xóa, làm giả, không đang bị tạm giữ hoặc thu hồi; nếu sai tôi xin chịu trách nhiệm trước pháp luật.',
        'I declare that the above is true and that my current licence has not been altered or forged, and is not withheld or revoked; I take legal responsibility if it is not so.',
      ),
      required: true,
    },
  ],
};
