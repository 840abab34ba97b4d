import type { CrossFieldRule } from '@/schema/rule';
import { isBefore } from '../conditions';
import { text } from '../published-form';

/** A death follows the birth, and the notice follows the death. */
export const deathRegistrationRules: CrossFieldRule[] = [
  {
    id: 'chet-sau-ngay-sinh',
    field: 'ngayChet',
    assert: isBefore('ntNgaySinh', 'ngayChet'),
    message: text('Ngày chết phải sau ngày sinh của người chết', 'The date of death must be after the date of birth'),
  },
  {
    id: 'bao-tu-sau-ngay-chet',
    field: 'giayBaoTuNgayCap',
    assert: { or: [isBefore('ngayChet', 'giayBaoTuNgayCap'), { '===': [{ var: 'ngayChet' }, { var: 'giayBaoTuNgayCap' }] }] },
    message: text('Giấy báo tử không thể được cấp trước ngày chết', 'The death notice cannot be issued before the date of death'),
  },
];
