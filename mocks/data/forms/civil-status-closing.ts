import { fromPopulation } from './bindings';
import { is, isYes } from './conditions';
import { text, type PublishedField } from './published-form';

/**
 * The closing items every civil-status declaration of TT 04/2020/TT-BTP shares: copies of the
 * extract, how the result is returned, and the declaration itself. One definition, so the forms
 * of the hộ tịch procedures ask them alike.
 */

/** "Đề nghị cấp bản sao": whether, and how many, at 8,000 đồng a copy (TT 281/2016/TT-BTC). */
export const copiesFields = (question: PublishedField['label'], hint: PublishedField['label']): PublishedField[] => [
  { id: 'yeuCauBanSao', type: 'yes-no', label: question, hint, required: true },
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
];

/** Online, by post (to the address the population database holds, editable) or at the one-stop desk. */
export const resultChannelFields = (): PublishedField[] => [
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
];

/** The declarant's statement closing each civil-status declaration. */
export const declarationField = (): PublishedField => ({
  id: 'camDoan',
  type: 'consent',
  label: text(
    'Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.',
    'I declare that the information given above is true, and I take legal responsibility for this declaration.',
  ),
  required: true,
});
