import { z } from '@/lib/zod';

/**
 * Kinds of electronic documents the state issues and keeps in the citizen's personal data store
 * ("Kho quản lý dữ liệu điện tử của tổ chức, cá nhân" on the National Public Service Portal).
 * A procedure's required document names the kinds that can stand in for an upload; the file
 * field offers the citizen's documents of those kinds. Ids are stable: dossiers record them.
 */
export const documentKinds = [
  'trich-luc-khai-sinh',
  'giay-chung-sinh',
  'giay-chung-nhan-ket-hon',
  'giay-xac-nhan-tinh-trang-hon-nhan',
  'giay-bao-tu',
  'phieu-ly-lich-tu-phap',
  'giay-chung-nhan-quyen-su-dung-dat',
  'giay-chung-nhan-dang-ky-ho-kinh-doanh',
  'giay-phep-xay-dung',
  'giay-phep-lai-xe',
  'giay-kham-suc-khoe-lai-xe',
] as const;

export const documentKindSchema = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKindSchema>;
