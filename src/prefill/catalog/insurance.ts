import { insurancePath, insuranceRecordSchema } from '@/lib/api-contract/registries';
import { sourceIdentity } from './directory';
import { defineSource, text } from './types';

/** The citizen's social and health insurance record. */
export const insuranceSource = defineSource({
  ...sourceIdentity('bhxh'),
  correction: text(
    'Nếu thông tin chưa đúng, hãy liên hệ cơ quan bảo hiểm xã hội nơi bạn tham gia bảo hiểm để điều chỉnh.',
    'If this is wrong, ask the social security office where you are insured to correct it.',
  ),
  request: { subject: 'self', path: insurancePath },
  schema: insuranceRecordSchema,
  attributes: [
    { id: 'maSoBhxh', label: text('Mã số bảo hiểm xã hội', 'Social insurance number'), kind: 'text', read: (r) => r.maSoBhxh },
    { id: 'soTheBhyt', label: text('Số thẻ bảo hiểm y tế', 'Health insurance card number'), kind: 'text', read: (r) => r.soTheBhyt },
    { id: 'hanTheDen', label: text('Hạn thẻ bảo hiểm y tế', 'Health insurance card valid until'), kind: 'date', read: (r) => r.hanTheDen },
    { id: 'noiDangKyKcb', label: text('Nơi đăng ký khám chữa bệnh ban đầu', 'Registered primary care facility'), kind: 'text', read: (r) => r.noiDangKyKcb },
  ],
});
