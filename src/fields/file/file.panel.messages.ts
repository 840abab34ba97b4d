import type { DocumentKind } from '@/schema/document-kind';
import { defineMessages } from '../shared/define-messages';

/** Names of the documents a file field may take from the citizen's data store, for the builder. */
const documentKindsVi = {
  'trich-luc-khai-sinh': 'Trích lục khai sinh',
  'giay-chung-sinh': 'Giấy chứng sinh',
  'giay-chung-nhan-ket-hon': 'Giấy chứng nhận kết hôn',
  'giay-xac-nhan-tinh-trang-hon-nhan': 'Giấy xác nhận tình trạng hôn nhân',
  'giay-bao-tu': 'Giấy báo tử',
  'phieu-ly-lich-tu-phap': 'Phiếu lý lịch tư pháp',
  'giay-chung-nhan-quyen-su-dung-dat': 'Giấy chứng nhận quyền sử dụng đất',
  'giay-chung-nhan-dang-ky-ho-kinh-doanh': 'Giấy chứng nhận đăng ký hộ kinh doanh',
  'giay-phep-xay-dung': 'Giấy phép xây dựng',
  'giay-phep-lai-xe': 'Giấy phép lái xe',
  'giay-kham-suc-khoe-lai-xe': 'Giấy khám sức khỏe của người lái xe',
} satisfies Record<DocumentKind, string>;

const documentKindsEn = {
  'trich-luc-khai-sinh': 'Extract of birth registration',
  'giay-chung-sinh': 'Medical certificate of birth',
  'giay-chung-nhan-ket-hon': 'Marriage certificate',
  'giay-xac-nhan-tinh-trang-hon-nhan': 'Certificate of marital status',
  'giay-bao-tu': 'Death notice',
  'phieu-ly-lich-tu-phap': 'Criminal record certificate',
  'giay-chung-nhan-quyen-su-dung-dat': 'Land-use right certificate',
  'giay-chung-nhan-dang-ky-ho-kinh-doanh': 'Household business registration certificate',
  'giay-phep-xay-dung': 'Building permit',
  'giay-phep-lai-xe': 'Driving licence',
  'giay-kham-suc-khoe-lai-xe': 'Driver’s health certificate',
} satisfies Record<DocumentKind, string>;

/** The builder panel's texts, under `fields:file.panel.`: loaded with the panel, never by citizens. */
export const filePanelMessages = defineMessages(
  {
    panel: {
      accept: 'Định dạng tệp được nhận',
      acceptHint: 'Đuôi tệp hoặc kiểu MIME, cách nhau bởi dấu phẩy, ví dụ .pdf, .jpg, image/png',
      maxSizeMb: 'Dung lượng tối đa mỗi tệp (MB)',
      maxSizeMbHint: 'Lớn hơn 0, tối đa 100',
      maxFiles: 'Số tệp tối đa',
      maxFilesHint: 'Từ 1 đến 20; lớn hơn 1 thì người dân tải lên được nhiều tệp',
      reuse: 'Giấy tờ điện tử được dùng thay tệp tải lên',
      reuseHint: 'Người dân chọn giấy tờ đã lưu trong Kho dữ liệu điện tử thay vì tải lên bản chụp',
      documentKinds: documentKindsVi,
      errors: { acceptEmpty: 'Nhập ít nhất một định dạng tệp, ví dụ .pdf' },
    },
  },
  {
    panel: {
      accept: 'File formats accepted',
      acceptHint: 'Extensions or MIME types separated by commas, for example .pdf, .jpg, image/png',
      maxSizeMb: 'Largest size of each file (MB)',
      maxSizeMbHint: 'More than 0, at most 100',
      maxFiles: 'Most files',
      maxFilesHint: 'From 1 to 20; more than 1 lets people upload several files',
      reuse: 'Electronic documents that may replace an upload',
      reuseHint: 'People choose a document kept in their electronic data store instead of uploading a copy',
      documentKinds: documentKindsEn,
      errors: { acceptEmpty: 'Enter at least one file format, for example .pdf' },
    },
  },
);
