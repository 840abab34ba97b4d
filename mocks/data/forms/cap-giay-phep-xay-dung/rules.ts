import type { JsonLogicRule } from '@/schema/condition';
import type { CrossFieldRule } from '@/schema/rule';
import { answerOf, isBlank, isYes } from '../conditions';
import { text } from '../published-form';

/**
 * Number answers are the text as typed ("85,5", "1.200"). JSON Logic reads a number with
 * parseFloat, which stops at the decimal comma: "85,5" reads 85, never more than the answer,
 * so a comparison fails only when the whole parts already show the answers are wrong. A dot is
 * ambiguous ("1.200" is 1,200; "72.5" is 72.5), so an answer with one is left to the reviewer.
 */
const amount = (field: string): JsonLogicRule => ({ '+': [answerOf(field)] });
const unreadable = (field: string): JsonLogicRule => ({ or: [isBlank(field), { in: ['.', answerOf(field)] }] });
const atLeast = (larger: string, smaller: string): JsonLogicRule => ({
  or: [unreadable(larger), unreadable(smaller), { '>=': [amount(larger), amount(smaller)] }],
});
const below = (field: string, limit: number): JsonLogicRule => ({ and: [{ '!': unreadable(field) }, { '<': [amount(field), limit] }] });

export const buildingPermitRules: CrossFieldRule[] = [
  {
    id: 'tang-1-trong-lo-dat',
    field: 'dienTichXayDungTang1',
    assert: atLeast('dienTichLoDat', 'dienTichXayDungTang1'),
    message: text(
      'Diện tích xây dựng tầng 1 không được lớn hơn diện tích lô đất',
      'The ground-floor built area cannot exceed the area of the plot',
    ),
  },
  {
    id: 'tong-san-tu-tang-1',
    field: 'tongDienTichSan',
    assert: atLeast('tongDienTichSan', 'dienTichXayDungTang1'),
    message: text(
      'Tổng diện tích sàn phải lớn hơn hoặc bằng diện tích xây dựng tầng 1',
      'The total floor area must be at least the ground-floor built area',
    ),
  },
  {
    // Construction Law, Article 79(7): a household may design only a small house itself.
    id: 'tu-thiet-ke-nha-nho',
    field: 'tongDienTichSan',
    assert: {
      or: [
        { '!': isYes('tuThietKe') },
        unreadable('tongDienTichSan'),
        unreadable('soTang'),
        unreadable('chieuCao'),
        below('tongDienTichSan', 250),
        below('soTang', 3),
        below('chieuCao', 12),
      ],
    },
    message: text(
      'Nhà có tổng diện tích sàn từ 250 m², từ 3 tầng và cao từ 12 m trở lên phải do tổ chức, cá nhân có chứng chỉ thiết kế; hộ gia đình không được tự thiết kế',
      'A house with 250 m² of floor area or more, 3 storeys or more and 12 m or higher must be designed by a certified designer, not by the household',
    ),
  },
];
