import type { JsonLogicRule } from '@/schema/condition';
import type { CrossFieldRule } from '@/schema/rule';
import { vietnamCountryCode } from '../../code-lists/countries';
import { answerOf, isBlank } from '../conditions';
import { text } from '../published-form';
import { fieldOf, type Side } from './party-fields';

const sideNames: Record<Side, [string, string]> = { nu: ['bên nữ', 'the bride'], nam: ['bên nam', 'the groom'] };
const unlessBlank = (field: string, rule: JsonLogicRule): JsonLogicRule => ({ or: [isBlank(field), rule] });

/** The conditions of marriage (Điều 5, 8 Luật Hôn nhân và gia đình) a declaration can show by itself. */
function sideRules(side: Side): CrossFieldRule[] {
  const [vi, en] = sideNames[side];
  const status = fieldOf(side, 'TinhTrangHonNhan');
  const count = fieldOf(side, 'KetHonLanThu');
  const nationality = fieldOf(side, 'QuocTich');
  const kebab = side === 'nu' ? 'ben-nu' : 'ben-nam';
  return [
    {
      id: `${kebab}-khong-dang-co-vo-chong`,
      field: status,
      assert: { '!==': [answerOf(status), 'coVoChong'] },
      message: text(
        `Người đang có vợ hoặc chồng không được kết hôn với người khác (Điều 5 Luật Hôn nhân và gia đình). Nếu ${vi} đã ly hôn, hãy đề nghị cập nhật tình trạng hôn nhân trước.`,
        `Someone who is married may not marry another person (Article 5, Law on Marriage and Family). If ${en} is divorced, have the marital status updated first.`,
      ),
    },
    {
      // "Never married" is the first marriage; divorced or widowed, at least the second. A number
      // answer is the text as typed: `==` and `>=` compare it as a number.
      id: `${kebab}-lan-ket-hon`,
      field: count,
      assert: unlessBlank(status, unlessBlank(count, {
        or: [
          { and: [{ '===': [answerOf(status), 'docThan'] }, { '==': [answerOf(count), 1] }] },
          { and: [{ '!==': [answerOf(status), 'docThan'] }, { '>=': [answerOf(count), 2] }] },
        ],
      })),
      message: text(
        `Số lần kết hôn của ${vi} không khớp với tình trạng hôn nhân: chưa kết hôn lần nào thì ghi 1; đã ly hôn hoặc góa thì từ 2 trở lên.`,
        `The number of marriages of ${en} does not match the marital status: 1 if never married before, 2 or more if divorced or widowed.`,
      ),
    },
    {
      id: `${kebab}-quoc-tich-viet-nam`,
      field: nationality,
      assert: unlessBlank(nationality, { '===': [answerOf(nationality), vietnamCountryCode] }),
      message: text(
        'Thủ tục này dành cho hai công dân Việt Nam. Kết hôn với người nước ngoài làm theo thủ tục đăng ký kết hôn có yếu tố nước ngoài.',
        'This procedure is for two Vietnamese citizens. Marrying a foreign national has its own procedure (marriage with a foreign element).',
      ),
    },
  ];
}

export const marriageRegistrationRules: CrossFieldRule[] = [
  ...sideRules('nu'),
  ...sideRules('nam'),
  {
    id: 'hai-ben-khac-nhau',
    field: fieldOf('nam', 'SoDinhDanh'),
    assert: unlessBlank(fieldOf('nu', 'SoDinhDanh'), { '!==': [answerOf(fieldOf('nu', 'SoDinhDanh')), answerOf(fieldOf('nam', 'SoDinhDanh'))] }),
    message: text('Số định danh của bên nam và bên nữ phải khác nhau', "The bride's and the groom's identification numbers must differ"),
  },
];
