import type { CrossFieldRule } from '@/schema/rule';
import { answerOf, isBlank } from '../conditions';
import { text } from '../published-form';

/** The land goes to someone else: the recipient's number cannot be the land user's own. */
export const landChangeRules: CrossFieldRule[] = [
  {
    id: 'ben-nhan-khac-nguoi-su-dung-dat',
    field: 'benNhanSoDinhDanh',
    assert: { or: [isBlank('benNhanSoDinhDanh'), { '!==': [answerOf('benNhanSoDinhDanh'), answerOf('nsdSoDinhDanh')] }] },
    message: text(
      'Số định danh của người nhận phải khác số định danh của người sử dụng đất',
      "The recipient's personal identification number must differ from the land user's",
    ),
  },
];
