import type { FileConfig } from './file.config';

export const fileExamples = {
  default: {
    type: 'file', id: 'tepDinhKem', label: { vi: 'Tệp đính kèm', en: 'Attachment' },
    required: true, accept: ['.pdf', '.jpg', '.jpeg', '.png'], maxSizeMb: 10, maxFiles: 1, reuse: [],
  },
  /** Scans of the land-use certificate's pages for a land registration change (up to 4 pages). */
  landCertificateScans: {
    type: 'file', id: 'banSaoGcn', label: { vi: 'Bản quét Giấy chứng nhận quyền sử dụng đất', en: 'Scans of the land-use right certificate' },
    hint: { vi: 'Chụp hoặc quét đủ các trang, rõ chữ', en: 'Photograph or scan every page, legibly' },
    required: true, accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeMb: 5, maxFiles: 4,
    reuse: ['giay-chung-nhan-quyen-su-dung-dat'],
  },
} satisfies { default: FileConfig } & Record<string, FileConfig>;
