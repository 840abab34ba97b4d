import type { DeathNotice } from '@/lib/api-contract/registries';
import { ageOn, type Day, isoDate } from './calendar';
import { fullName } from './ethnic-groups';
import type { Citizen, Population } from './model';
import type { PersonaPeople } from './persona-people';
import { makeAddress, pickWard, unitInText } from './places';
import { createRng, type Rng } from './random';
import { relationOf } from './records';
import { officeDetail } from './street-detail';

/**
 * Giấy báo tử điện tử: recent deaths in hospital, each notice sent by the facility. The deceased
 * stay in the population database as they were: a death is recorded there only once it is
 * registered (đăng ký khai tử), which is what their relatives now have to do. One of them is the
 * father (else the mother) of anh-hung, a few days ago, well inside the 15-day duty to register;
 * the others are elderly people no persona is related to. Dates follow `today`.
 */
export type DeathNoticeRecord = Omit<DeathNotice, 'quanHe'>;
export interface Death {
  readonly deceased: Citizen;
  readonly notice: DeathNoticeRecord;
}

/** Days since the persona's parent died: inside the 15 days of Điều 33 Luật Hộ tịch. */
export const personaBereavementDays = 3;
const otherDeaths = 3;

const causes = [
  'Nhồi máu cơ tim cấp', 'Đột quỵ não', 'Suy tim mạn giai đoạn cuối', 'Viêm phổi nặng', 'Ung thư phổi giai đoạn cuối', 'Suy đa tạng',
] as const;

/** The parent of anh-hung whose death the persona registers. */
export function bereavedParent(people: PersonaPeople): Citizen {
  const hung = people['anh-hung'];
  const parent = hung.father ?? hung.mother;
  if (!parent) throw new Error('anh-hung needs a parent in the population to register a death');
  return parent;
}

function noticeFor(rng: Rng, deceased: Citizen, died: Day): DeathNoticeRecord {
  const province = deceased.household.province;
  const facility = `Bệnh viện Đa khoa ${unitInText(province.fullName)}`;
  return {
    soGiayBaoTu: `${rng.int(1, 2400)}/GBT`,
    ngayCap: isoDate(died + rng.int(0, 1)),
    noiCap: facility,
    nguoiChet: {
      soDinhDanh: deceased.id,
      hoTen: fullName(deceased.name, deceased.group),
      ngaySinh: isoDate(deceased.birth),
      gioiTinh: deceased.sex,
      noiCuTru: deceased.livesElsewhere ?? deceased.household.address,
    },
    ngayChet: isoDate(died),
    gioChet: rng.int(0, 23),
    phutChet: rng.int(0, 59),
    noiChet: { tenCoSoYTe: facility, diaChi: makeAddress(province, pickWard(rng, province, 'phuong'), officeDetail(rng)) },
    nguyenNhanChet: rng.pick(causes),
  };
}

export function generateDeaths(population: Population, people: PersonaPeople, keep: ReadonlySet<Citizen>, today: Day): Death[] {
  const rng = createRng('deaths');
  const parent = bereavedParent(people);
  const personas = Object.values(people);
  const spared = (p: Citizen) => keep.has(p) || p === parent || personas.some((persona) => persona === p || relationOf(persona, p) !== undefined);
  const elderly = population.citizens.filter((p) => ageOn(p.birth, population.anchor) >= 78 && !spared(p));
  const others: Citizen[] = [];
  while (others.length < otherDeaths && elderly.length > 0) others.push(...elderly.splice(rng.int(0, elderly.length - 1), 1));
  return [
    { deceased: parent, notice: noticeFor(rng, parent, today - personaBereavementDays) },
    ...others.map((deceased) => ({ deceased, notice: noticeFor(rng, deceased, today - rng.int(1, 40)) })),
  ];
}
