import { copiesFields, declarationField, resultChannelFields } from '../civil-status-closing';
import { is } from '../conditions';
import { text, type PublishedPage } from '../published-form';

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
    ...copiesFields(
      text('Đề nghị cấp bản sao trích lục khai sinh?', 'Do you want copies of the birth certificate extract?'),
      text('Lệ phí 8.000 đồng/bản', '8,000 VND per copy'),
    ),
    ...resultChannelFields(),
    declarationField(),
  ],
};
