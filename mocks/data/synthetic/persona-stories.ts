import type { Business, Parcel } from '@/lib/api-contract/registries';
import type { Newborn } from './births';
import { ageOn, type Day } from './calendar';
import type { Persona } from './index';
import type { Death } from './deaths';
import { fullName } from './ethnic-groups';
import type { Citizen } from './model';
import type { PersonaKey, PersonaPeople } from './persona-people';

/**
 * The testers' accounts with a one-line story in both languages, told from the records the
 * registries actually hold (ages as of today, the business's name, how many parcels).
 */
export interface PersonaFacts {
  today: Day;
  newborns: readonly Newborn[];
  businessesOf(id: string): Business[];
  parcelsOf(id: string): Parcel[];
  /** anh-khoa's fiancée, who shared her record with him in VNeID. */
  fiancee: Citizen;
  /** Recent deaths with a death notice; the first is anh-hung's parent. */
  deaths: readonly Death[];
}

type Story = Persona['story'];
const levels: Readonly<Record<PersonaKey, 1 | 2>> = {
  'chi-lan': 2, 'anh-hung': 2, 'co-phuong': 2, 'chu-tam': 2, 'ba-xuan': 1, 'anh-khoa': 2, 'kiem-thu-vien': 2, 'tac-gia-bieu-mau': 2,
};
const roles: Readonly<Record<PersonaKey, Persona['roles']>> = {
  'chi-lan': ['citizen'], 'anh-hung': ['citizen'], 'co-phuong': ['citizen'], 'chu-tam': ['citizen'], 'ba-xuan': ['citizen'],
  'anh-khoa': ['citizen'], 'kiem-thu-vien': ['citizen', 'tester'], 'tac-gia-bieu-mau': ['citizen', 'author'],
};

function stories(people: PersonaPeople, facts: PersonaFacts): Readonly<Record<PersonaKey, Story>> {
  const age = (p: Citizen) => ageOn(p.birth, facts.today);
  const lan = people['chi-lan'];
  const baby = facts.newborns.find((b) => b.mother === lan);
  const days = baby ? facts.today - baby.birth : 0;
  const babyVi = baby?.sex === 'nu' ? 'con gái' : 'con trai';
  const babyEn = baby?.sex === 'nu' ? 'a daughter' : 'a son';
  const shop = facts.businessesOf(people['co-phuong'].id)[0]?.ten ?? '';
  const tam = people['chu-tam'];
  const parcels = facts.parcelsOf(tam.id);
  const shared = parcels.filter((p) => p.chuSuDung.length > 1).length;
  const khoa = people['anh-khoa'];
  const away = khoa.livesElsewhere?.tenTinh ?? '';
  const home = khoa.household.province.fullName;
  const fiancee = fullName(facts.fiancee.name, facts.fiancee.group);
  const hung = people['anh-hung'];
  const lost = facts.deaths.find((d) => d.deceased === hung.father || d.deceased === hung.mother);
  const lostDays = lost ? facts.today - Math.round(Date.parse(lost.notice.ngayChet) / 86_400_000) : 0;
  const [parentVi, parentEn] = lost?.deceased.sex === 'nu' ? ['mẹ', 'mother'] : ['bố', 'father'];
  return {
    'chi-lan': {
      vi: `Chị Lan, ${age(lan)} tuổi, sinh ${babyVi} ${days} ngày trước; đã đăng ký kết hôn với anh Hùng; tài khoản mức 2 — người đăng ký khai sinh.`,
      en: `Lan, ${age(lan)}, had ${babyEn} ${days} days ago; married to Hùng; level-2 account — the birth-registration persona.`,
    },
    'anh-hung': {
      vi: `Anh Hùng, ${age(hung)} tuổi, chồng chị Lan và là cha của bé trên giấy chứng sinh; ${parentVi} anh mất ${lostDays} ngày trước tại bệnh viện (có giấy báo tử điện tử) — người đăng ký khai tử; tài khoản mức 2.`,
      en: `Hùng, ${age(hung)}, Lan's husband, named as the father on the birth certificate; his ${parentEn} died in hospital ${lostDays} days ago (electronic death notice) — the death-registration persona; level-2 account.`,
    },
    'co-phuong': {
      vi: `Cô Phương, ${age(people['co-phuong'])} tuổi, chủ ${shop} (mã số = số định danh); tài khoản mức 2.`,
      en: `Phương, ${age(people['co-phuong'])}, owns a household business, ${shop} (its code is her ID number); level-2 account.`,
    },
    'chu-tam': {
      vi: `Chú Tâm, ${age(tam)} tuổi, có ${parcels.length} thửa đất (${shared} thửa đứng tên chung với vợ); tài khoản mức 2.`,
      en: `Tâm, ${age(tam)}, holds ${parcels.length} land parcels (${shared} jointly with his wife); level-2 account.`,
    },
    'ba-xuan': {
      vi: `Bà Xuân, ${age(people['ba-xuan'])} tuổi, góa chồng; tài khoản VNeID mức 1 — thủ tục đòi mức 2 sẽ từ chối.`,
      en: `Xuân, ${age(people['ba-xuan'])}, widowed; level-1 VNeID account — procedures that need level 2 turn her away.`,
    },
    'anh-khoa': {
      vi: `Khoa, ${age(khoa)} tuổi, độc thân, thường trú cùng bố mẹ ở ${home} nhưng đang sống ở ${away}; sắp kết hôn với ${fiancee}, người đã đồng ý chia sẻ thông tin với anh trên VNeID; tài khoản mức 2.`,
      en: `Khoa, ${age(khoa)}, single, registered with his parents in ${home} but living in ${away}; about to marry ${fiancee}, who agreed in VNeID to share her details with him; level-2 account.`,
    },
    'kiem-thu-vien': {
      vi: 'Tài khoản kiểm thử UX (mức 2): xem số liệu phiên, thời gian đăng nhập → nộp; chưa có dữ liệu BHXH.',
      en: 'UX tester account (level 2): sees session metrics and login-to-submit times; no social-insurance record.',
    },
    'tac-gia-bieu-mau': {
      vi: 'Cán bộ soạn biểu mẫu (mức 2): dựng, xem trước và xuất bản biểu mẫu của sở.',
      en: "Form author (level 2): builds, previews and publishes the department's e-forms.",
    },
  };
}

export function describePersonas(people: PersonaPeople, facts: PersonaFacts): Persona[] {
  const told = stories(people, facts);
  return (Object.keys(people) as PersonaKey[]).map((id) => ({
    id,
    soDinhDanh: people[id].id,
    ial: levels[id],
    roles: roles[id],
    story: told[id],
  }));
}
