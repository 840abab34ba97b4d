import { fromIdentityAccount, fromPopulation } from '../bindings';
import { is } from '../conditions';
import { text, type PublishedPage } from '../published-form';
import { fieldOf, partyFields } from './party-fields';

const documentTypes = ['.pdf', '.jpg', '.jpeg', '.png'];

/** "Kính gửi": the commune where either party lives (Điều 17 Luật Hộ tịch). */
export const registeringOfficePage: PublishedPage = {
  id: 'co-quan-dang-ky',
  title: text('Cơ quan đăng ký kết hôn', 'Registration office'),
  fields: [
    {
      id: 'coQuanDangKy',
      type: 'address',
      label: text('Ủy ban nhân dân xã/phường nơi đăng ký kết hôn', "People's Committee of the commune or ward where you register the marriage"),
      hint: text(
        'Là nơi cư trú của bên nam hoặc bên nữ (Điều 17 Luật Hộ tịch). Điền sẵn theo nơi bạn đang ở.',
        'It must be where the bride or the groom lives (Article 17, Law on Civil Status). Filled in with where you live now.',
      ),
      required: true,
      requireStreet: false,
      ...fromPopulation('noiOHienTai', 'editable'),
    },
  ],
};

/** The portal's step 1: who files, which column is theirs, and how to reach them. */
export const applicantPage: PublishedPage = {
  id: 'nguoi-nop-ho-so',
  title: text('Người nộp hồ sơ', 'Person filing the application'),
  description: text(
    'Một bên nộp hồ sơ trực tuyến; cả hai bên cùng ký tờ khai khi đến nhận Giấy chứng nhận kết hôn.',
    'One party files online; both sign the declaration when they come to receive the marriage certificate.',
  ),
  fields: [
    {
      id: 'nguoiNopLa',
      type: 'radios',
      label: text('Bạn là', 'You are'),
      required: true,
      inline: true,
      options: [
        { value: 'nu', label: text('Bên nữ', 'The bride') },
        { value: 'nam', label: text('Bên nam', 'The groom') },
      ],
      ...fromPopulation('gioiTinh', 'locked'),
    },
    {
      id: 'soDienThoai',
      type: 'phone',
      label: text('Số điện thoại di động', 'Mobile phone number'),
      hint: text('Để nhận lịch hẹn ký Giấy chứng nhận kết hôn qua tin nhắn', 'For a text message with the appointment to sign the marriage certificate'),
      required: true,
      allowLandline: false,
      ...fromIdentityAccount('soDienThoai'),
    },
    { id: 'thuDienTu', type: 'email', label: text('Thư điện tử', 'Email address'), required: false, ...fromIdentityAccount('thuDienTu') },
  ],
};

export const bridePage: PublishedPage = {
  id: 'thong-tin-ben-nu',
  title: text('Thông tin bên nữ', "The bride's details"),
  fields: partyFields('nu'),
};

export const groomPage: PublishedPage = {
  id: 'thong-tin-ben-nam',
  title: text('Thông tin bên nam', "The groom's details"),
  fields: partyFields('nam'),
};

const divorced = { or: [is(fieldOf('nu', 'TinhTrangHonNhan'), 'lyHon'), is(fieldOf('nam', 'TinhTrangHonNhan'), 'lyHon')] };

export const attachmentsPage: PublishedPage = {
  id: 'giay-to-dinh-kem',
  title: text('Giấy tờ đính kèm', 'Supporting documents'),
  fields: [
    {
      id: 'giayXacNhanTinhTrangHonNhan',
      type: 'file',
      label: text('Giấy xác nhận tình trạng hôn nhân', 'Certificate of marital status'),
      hint: text(
        'Chỉ nộp khi tình trạng hôn nhân của một bên chưa có trong Cơ sở dữ liệu quốc gia về dân cư. PDF, JPG hoặc PNG, tối đa 5 MB mỗi tệp.',
        "Only if a party's marital status is not yet in the National Population Database. PDF, JPG or PNG, up to 5 MB per file.",
      ),
      required: false,
      accept: documentTypes,
      maxSizeMb: 5,
      maxFiles: 2,
      reuse: ['giay-xac-nhan-tinh-trang-hon-nhan'],
    },
    {
      id: 'giayToLyHon',
      type: 'file',
      label: text('Bản án hoặc quyết định ly hôn đã có hiệu lực pháp luật', 'Final divorce judgment or decision'),
      hint: text('Nếu việc ly hôn chưa được ghi vào sổ hộ tịch. PDF, JPG hoặc PNG, tối đa 5 MB.', 'If the divorce is not yet in the civil-status register. PDF, JPG or PNG, up to 5 MB.'),
      visibleIf: divorced,
      required: false,
      accept: documentTypes,
      maxSizeMb: 5,
      maxFiles: 2,
    },
  ],
};

/** Copies of the extract, the appointment in person, and the parties' declaration. */
export const declarationPage: PublishedPage = {
  id: 'cam-doan',
  title: text('Bản sao và cam đoan', 'Copies and declaration'),
  fields: [
    {
      id: 'yeuCauBanSao',
      type: 'yes-no',
      label: text('Đề nghị cấp bản sao trích lục kết hôn?', 'Do you want copies of the marriage extract?'),
      hint: text('Lệ phí 8.000 đồng/bản', '8,000 VND per copy'),
      required: true,
    },
    {
      id: 'soBanSao',
      type: 'number',
      label: text('Số bản sao', 'Number of copies'),
      visibleIf: is('yeuCauBanSao', true),
      required: true,
      decimals: 0,
      min: 1,
      max: 10,
      unit: text('bản', 'copies'),
      width: '2',
      expectedLength: 1,
    },
    {
      id: 'coMatKhiDangKy',
      type: 'content',
      variant: 'inset',
      label: text(
        'Cơ quan đăng ký sẽ hẹn ngày. Khi đăng ký, cả hai bên phải có mặt, cùng ký tờ khai, Sổ đăng ký kết hôn và nhận Giấy chứng nhận kết hôn.',
        'The office will give you an appointment. Both of you must then come in person, sign the declaration and the register, and receive the marriage certificate.',
      ),
    },
    {
      id: 'camDoan',
      type: 'consent',
      label: text(
        'Chúng tôi cam đoan những lời khai trên đây là đúng sự thật, việc kết hôn của chúng tôi là tự nguyện, không vi phạm quy định của Luật Hôn nhân và gia đình Việt Nam, và chịu trách nhiệm trước pháp luật về cam đoan của mình.',
        'We declare that the information above is true, that we marry of our own free will and in keeping with the Law on Marriage and Family of Viet Nam, and we take legal responsibility for this declaration.',
      ),
      required: true,
    },
  ],
};
