import { is } from '../conditions';
import { fromPopulation } from '../bindings';
import { text, type PublishedPage } from '../published-form';
import { isTransfer } from './change-pages';

const documentTypes = ['.pdf', '.jpg', '.jpeg', '.png'];

/** Item 5: the papers filed with the application. */
export const attachmentsPage: PublishedPage = {
  id: 'giay-to-nop-kem',
  title: text('Giấy tờ nộp kèm', 'Documents filed with the application'),
  fields: [
    {
      id: 'giayChungNhan',
      type: 'file',
      label: text('Giấy chứng nhận đã cấp', 'The certificate already issued'),
      hint: text(
        'Chọn bản điện tử trong kho dữ liệu của bạn hoặc tải lên bản quét hai mặt. Bản gốc nộp khi nhận kết quả.',
        'Choose the electronic copy in your data store or upload a scan of both sides. Hand in the original when you collect the result.',
      ),
      required: true,
      accept: documentTypes,
      maxSizeMb: 10,
      maxFiles: 2,
      reuse: ['giay-chung-nhan-quyen-su-dung-dat'],
    },
    {
      id: 'hopDong',
      type: 'file',
      label: text('Hợp đồng hoặc văn bản về việc biến động', 'The contract or deed of the change'),
      hint: text(
        'Hợp đồng chuyển nhượng, tặng cho, thế chấp, góp vốn hoặc văn bản thừa kế đã công chứng, chứng thực. PDF, tối đa 20 MB.',
        'The notarised contract of transfer, gift, mortgage or capital contribution, or the deed of inheritance. PDF, up to 20 MB.',
      ),
      visibleIf: { '!': is('loaiBienDong', 'thayDoiThongTin') },
      required: true,
      accept: ['.pdf'],
      maxSizeMb: 20,
      maxFiles: 3,
    },
    {
      id: 'toKhaiThue',
      type: 'file',
      label: text('Tờ khai lệ phí trước bạ và tờ khai thuế thu nhập cá nhân', 'Registration-tax and personal income tax returns'),
      hint: text('Mẫu 01/LPTB và 03/BĐS-TNCN, nếu đã lập. PDF, tối đa 5 MB mỗi tệp.', 'Forms 01/LPTB and 03/BĐS-TNCN, if prepared. PDF, up to 5 MB each.'),
      visibleIf: isTransfer,
      required: false,
      accept: ['.pdf'],
      maxSizeMb: 5,
      maxFiles: 2,
    },
    {
      id: 'giayToKhac',
      type: 'file',
      label: text('Giấy tờ khác', 'Other documents'),
      hint: text('Ví dụ: trích đo địa chính khi diện tích thay đổi. Tối đa 5 tệp, mỗi tệp 10 MB.', 'For example a cadastral survey extract when the area changes. Up to 5 files of 10 MB each.'),
      required: false,
      accept: documentTypes,
      maxSizeMb: 10,
      maxFiles: 5,
    },
  ],
};

/** The request for a new certificate, how the result is returned, and the declaration. */
export const declarationPage: PublishedPage = {
  id: 'cap-giay-chung-nhan-va-cam-doan',
  title: text('Cấp Giấy chứng nhận và cam đoan', 'Certificate and declaration'),
  fields: [
    {
      id: 'capMoiGcn',
      type: 'radios',
      label: text('Nhu cầu cấp mới Giấy chứng nhận', 'Do you want a new certificate?'),
      required: true,
      options: [
        { value: 'co', label: text('Có', 'Yes'), hint: text('Cấp Giấy chứng nhận mới theo mẫu hiện hành', 'A new certificate on the current form') },
        { value: 'khong', label: text('Không', 'No'), hint: text('Xác nhận nội dung biến động trên Giấy chứng nhận đã cấp', 'The change is endorsed on the certificate already issued') },
      ],
    },
    {
      id: 'cachNhanKetQua',
      type: 'radios',
      label: text('Hình thức nhận kết quả', 'How do you want to receive the result?'),
      required: true,
      options: [
        { value: 'trucTiep', label: text('Nhận trực tiếp tại Bộ phận Một cửa', 'In person at the one-stop desk') },
        {
          value: 'buuChinh',
          label: text('Qua dịch vụ bưu chính công ích', 'By post (public postal service)'),
          hint: text('Cước phí do người nhận trả', 'You pay the postage on delivery'),
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
        'Tôi cam đoan nội dung kê khai trên đơn là đúng sự thật và chịu trách nhiệm trước pháp luật.',
        'I declare that what I have written in this application is true, and I take legal responsibility for it.',
      ),
      required: true,
    },
  ],
};

