import type { CrossFieldRule } from '@/schema/rule';
import { isBefore } from '../conditions';
import { text } from '../published-form';

/**
 * A parent (and the person applying) is born before the child. Each rule sits on the field of the
 * later page, where the citizen can still fix it; the father's applies only while his details are
 * shown, because a rule is checked only while its field is visible.
 */
export const birthRegistrationRules: CrossFieldRule[] = [
  {
    id: 'nguoi-yeu-cau-sinh-truoc-tre',
    field: 'treNgaySinh',
    assert: isBefore('nycNgaySinh', 'treNgaySinh'),
    message: text(
      'Ngày sinh của người được khai sinh phải sau ngày sinh của người yêu cầu',
      "The child's date of birth must be after the applicant's date of birth",
    ),
  },
  {
    id: 'me-sinh-truoc-tre',
    field: 'meNgaySinh',
    assert: isBefore('meNgaySinh', 'treNgaySinh'),
    message: text(
      'Ngày sinh của mẹ phải trước ngày sinh của người được khai sinh',
      "The mother's date of birth must be before the child's date of birth",
    ),
  },
  {
    id: 'cha-sinh-truoc-tre',
    field: 'chaNgaySinh',
    assert: isBefore('chaNgaySinh', 'treNgaySinh'),
    message: text(
      'Ngày sinh của cha phải trước ngày sinh của người được khai sinh',
      "The father's date of birth must be before the child's date of birth",
    ),
  },
];
