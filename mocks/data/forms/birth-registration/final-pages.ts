import { is, isYes } from '../conditions';
import { text, type PublishedPage } from '../published-form';
import { fromPopulation } from '../bindings';

const documentTypes = ['.pdf', '.jpg', '.jpeg', '.png'];

/** Dossier components (Điều 16 Luật Hộ tịch): the birth certificate, or a witness statement. */
export const attachmentsPage: PublishedPage = {
  id: 'giay-to-dinh-kem',
  title: text('Giấy tờ đính kèm', 'Supporting documents'),
  fields: [
    {
      id: 'giayChungSinh',
      type: 'file',
      label: text('Giấy chứng sinh', 'Birth certificate issued by the health facility (giấy chứng sinh)'),
      hint: text(
        'Ảnh chụp hoặc bản quét, định dạng PDF, JPG hoặc PNG, tối đa 5 MB. Không cần nộp nếu cơ sở y tế đã gửi Giấy chứng sinh điện tử cho cơ quan đăng ký.',
        'A photo or scan, as PDF, JPG or PNG, up to 5 MB. Not needed if the health facility has already sent the electronic birth certificate to the registration office.',
      ),
      required: false,
      accept: documentTypes,
      maxSizeMb: 5,
      maxFiles: 1,
      reuse: ['giay-chung-sinh'],
    },
    {
      id: 'vanBanXacNhanSinh',
      type: 'file',
      label: text('Văn bản xác nhận của người làm chứng hoặc giấy cam đoan về việc sinh', 'Witness statement or sworn statement about the birth'),
      hint: text(
        'Chỉ nộp khi không có Giấy chứng sinh. PDF, JPG hoặc PNG, tối đa 5 MB.',
        'Only if there is no birth certificate from a health facility. PDF, JPG or PNG, up to 5 MB.',
      ),
      visibleIf: is('treNoiSinhLoai', 'noiKhac'),
      required: false,
      accept: documentTypes,
      maxSizeMb: 5,
      maxFiles: 1,
    },
    {
      id: 'giayToKhac',
      type: 'file',
      label: text('Giấy tờ khác', 'Other documents'),
      hint: text(
        'Ví dụ: văn bản ủy quyền nếu nộp thay cho cha mẹ mà không phải là người thân. Tối đa 5 tệp, mỗi tệp 5 MB.',
        'For example a letter of authorisation if you apply on the parents’ behalf and are not a relative. Up to 5 files of 5 MB each.',
      ),
      required: false,
      accept: documentTypes,
      maxSizeMb: 5,
      maxFiles: 5,
    },
  ],
};

/** Item 7 of the declaration: copies, how the result is returned, and the declaration itself. */
export const declarationPage: PublishedPage = {
  id: 'cam-doan',
  title: text('Nhận kết quả và cam đoan', 'Getting the result and declaration'),
  fields: [
    {
      id: 'yeuCauBanSao',
      type: 'yes-no',
      label: text('Đề nghị cấp bản sao trích lục khai sinh?', 'Do you want copies of the birth certificate extract?'),
      hint: text('Lệ phí 8.000 đồng/bản', '8,000 VND per copy'),
      required: true,
    },
    {
      id: 'soBanSao',
      type: 'number',
      label: text('Số bản sao', 'Number of copies'),
      visibleIf: isYes('yeuCauBanSao'),
      required: true,
      decimals: 0,
      min: 1,
      max: 10,
      unit: text('bản', 'copies'),
      width: '2',
      expectedLength: 1,
    },
    {
      id: 'cachNhanKetQua',
      type: 'radios',
      label: text('Hình thức nhận kết quả', 'How do you want to receive the result?'),
      required: true,
      options: [
        {
          value: 'trucTuyen',
          label: text('Nhận trực tuyến', 'Online'),
          hint: text('Bản điện tử gửi vào tài khoản của bạn trên Cổng Dịch vụ công', 'An electronic copy is sent to your account on the Public Service Portal'),
        },
        {
          value: 'buuChinh',
          label: text('Qua dịch vụ bưu chính công ích', 'By post (public postal service)'),
          hint: text('Cước phí do người nhận trả', 'You pay the postage on delivery'),
        },
        {
          value: 'trucTiep',
          label: text('Nhận trực tiếp tại Bộ phận Một cửa', 'In person at the one-stop desk'),
        },
      ],
    },
    {
      id: 'diaChiNhanKetQua',
      type: 'address',
      label: text('Địa chỉ nhận kết quả', 'Delivery address'),
      visibleIf: is('cachNhanKetQua', 'buuChinh'),
      required: true,
      requireStreet: true,
      ...fromPopulation('noiOHienTai', 'editable'),
    },
    {
      id: 'camDoan',
      type: 'consent',
      label: text(
        'Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.',
        'I declare that the information given above is true, and I take legal responsibility for this declaration.',
      ),
      required: true,
    },
  ],
};
