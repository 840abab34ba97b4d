import { copiesFields, declarationField, resultChannelFields } from '../civil-status-closing';
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
    ...copiesFields(
      text('Đề nghị cấp bản sao trích lục khai tử?', 'Do you want copies of the death extract?'),
      text('Lệ phí 8.000 đồng/bản; thường cần cho thủ tục thừa kế, chế độ tử tuất', '8,000 VND per copy; often needed for inheritance or survivor benefits'),
    ),
    ...resultChannelFields(),
    declarationField(),
  ],
};
