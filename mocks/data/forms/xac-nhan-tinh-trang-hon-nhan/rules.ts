import type { CrossFieldRule } from '@/schema/rule';
import { answerOf, is, isBlank } from '../conditions';
import { text } from '../published-form';
import { forSelf } from './status-page';

/** "Myself" means the applicant's own number; anyone else, another number. */
export const maritalStatusRules: CrossFieldRule[] = [
  {
    id: 'ban-than-dung-so-cua-minh',
    field: 'xnSoDinhDanh',
    assert: { or: [isBlank('nycQuanHe'), isBlank('xnSoDinhDanh'), { '===': [is('nycQuanHe', 'banThan'), forSelf] }] },
    message: text(
      'Số định danh của người được xác nhận không khớp với quan hệ đã chọn: xin cho bản thân thì là số của bạn, cho người khác thì là số của người đó.',
      "The person's number does not match the relationship you chose: your own number for yourself, theirs for someone else.",
    ),
  },
  {
    id: 'nguoi-du-dinh-ket-hon-la-nguoi-khac',
    field: 'ketHonVoiHoTen',
    assert: { or: [isBlank('ketHonVoiHoTen'), { '!==': [answerOf('ketHonVoiHoTen'), answerOf('xnHoTen')] }] },
    message: text('Người dự định kết hôn phải là người khác với người được xác nhận', 'The person to be married must be someone other than the person certified'),
  },
];
