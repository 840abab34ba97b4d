import { is, isYes } from '../conditions';
import { fromPopulation } from '../bindings';
import { text, type PublishedPage } from '../published-form';

const documentTypes = ['.pdf', '.jpg', '.jpeg', '.png'];

export const attachmentsPage: PublishedPage = {
  id: 'giay-to-dinh-kem',
  title: text('Giấy tờ đính kèm', 'Supporting documents'),
  fields: [
    {
      id: 'giayBaoTu',
      type: 'file',
      label: text('Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', 'Death notice, or a document standing in for it'),
      hint: text(
        'Không cần nộp nếu cơ sở y tế đã gửi Giấy báo tử điện tử cho cơ quan đăng ký. PDF, JPG hoặc PNG, tối đa 5 MB.',
        'Not needed if the health facility has already sent the electronic death notice to the registration office. PDF, JPG or PNG, up to 5 MB.',
      ),
      required: false,
      accept: documentTypes,
      maxSizeMb: 5,
      maxFiles: 1,
      reuse: ['giay-bao-tu'],
    },
    {
      id: 'giayToKhac',
      type: 'file',
      label: text('Giấy tờ khác', 'Other documents'),
      hint: text(
        'Ví dụ: văn bản ủy quyền nếu bạn không phải là người thân của người chết. Tối đa 5 tệp, mỗi tệp 5 MB.',
        'For example a letter of authorisation if you are not a relative of the deceased. Up to 5 files of 5 MB each.',
      ),
      required: false,
      accept: documentTypes,
      maxSizeMb: 5,
      maxFiles: 5,
    },
  ],
};

export const declarationPage: PublishedPage = {
  id: 'cam-doan',
  title: text('Nhận kết quả và cam đoan', 'Getting the result and declaration'),
  fields: [
    {
      id: 'yeuCauBanSao',
      type: 'yes-no',
      label: text('Đề nghị cấp bản sao trích lục khai tử?', 'Do you want copies of the death extract?'),
      hint: text('Lệ phí 8.000 đồng/bản; thường cần cho thủ tục thừa kế, chế độ tử tuất', '8,000 VND per copy; often needed for inheritance or survivor benefits'),
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
        { value: 'buuChinh', label: text('Qua dịch vụ bưu chính công ích', 'By post (public postal service)'), hint: text('Cước phí do người nhận trả', 'You pay the postage on delivery') },
        { value: 'trucTiep', label: text('Nhận trực tiếp tại Bộ phận Một cửa', 'In person at the one-stop desk') },
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
