import type { Parcel } from '@/lib/api-contract/registries';
import { addYears, ageOn, type Day, dayOf, isoDate, newCertificateFormSince, yearOf } from './calendar';
import { fullName } from './ethnic-groups';
import type { Citizen, Household, Population } from './model';
import { makeAddress, pickWard, type Region } from './places';
import { createRng, type Rng } from './random';
import { streetDetail } from './street-detail';

/**
 * CSDL quốc gia về đất đai: parcels `{maXa, soTo, soThua}` (unique within a commune) held by
 * the population, each with its certificate (GCN): serial `AA 01234567` on the post-August-2024
 * form, two letters + six digits before; register number `CH`/`CS` + five digits. Land acquired
 * during a marriage is held by both spouses.
 */
type Purpose = readonly [name: string, min: number, max: number];
const urbanHome: Purpose = ['Đất ở tại đô thị', 35, 180];
const ruralHome: Purpose = ['Đất ở tại nông thôn', 90, 700];
const farmland: Readonly<Record<Region, readonly Purpose[]>> = {
  north: [['Đất trồng lúa', 360, 2500], ['Đất trồng cây hàng năm khác', 300, 1800], ['Đất nuôi trồng thủy sản', 500, 4000]],
  highlands: [['Đất trồng cây hàng năm khác', 800, 6000], ['Đất rừng sản xuất', 5000, 40000], ['Đất trồng lúa', 300, 2000]],
  central: [['Đất trồng cây lâu năm', 1000, 12000], ['Đất trồng lúa', 500, 3000], ['Đất rừng sản xuất', 5000, 30000]],
  south: [['Đất trồng lúa', 2000, 15000], ['Đất trồng cây lâu năm', 1000, 8000], ['Đất nuôi trồng thủy sản', 1000, 10000]],
};
const fieldNames = ['Đồng Trên', 'Đồng Dưới', 'Cửa Đình', 'Bãi Dài', 'Gò Cao', 'Đồng Sau', 'Bờ Sông', 'Rộc Sâu', 'Ruộng Chùa', 'Đồi Thông'] as const;

function serial(rng: Rng, issued: Day): string {
  if (issued >= newCertificateFormSince) return `AA ${rng.digits(8)}`;
  const year = yearOf(issued);
  const first = year < 2009 ? 'A' : year < 2015 ? 'B' : year < 2020 ? 'C' : 'D';
  return `${first}${rng.pick(['B', 'C', 'Đ', 'E', 'G', 'H', 'K', 'L', 'M', 'N', 'O', 'P'])} ${rng.digits(6)}`;
}

interface ParcelContext {
  rng: Rng;
  anchor: Day;
  keys: Set<string>;
  items: Parcel[];
}

/** One parcel in the household's commune; `together` makes both spouses its holders when married by then. */
function addParcel(ctx: ParcelContext, household: Household, holder: Citizen, purpose: Purpose, home: boolean): void {
  const { rng, anchor } = ctx;
  const earliest = Math.max(addYears(holder.birth, 20), dayOf(1994, 1, 1));
  const issued = rng.int(Math.min(earliest, anchor - 60), anchor - 20);
  const spouse = holder.spouse;
  const together = spouse !== undefined && holder.marriedOn !== undefined && issued > holder.marriedOn && rng.chance(0.85);
  const holders = together ? [holder, spouse] : [holder];
  const { province, ward } = household;
  let soTo = 0;
  let soThua = 0;
  do {
    soTo = rng.int(1, home ? 60 : 90);
    soThua = rng.int(1, 900);
  } while (ctx.keys.has(`${ward.code}/${soTo}/${soThua}`));
  ctx.keys.add(`${ward.code}/${soTo}/${soThua}`);
  const [name, min, max] = purpose;
  const chiTiet = home ? household.address.chiTiet
    : rng.chance(0.5) ? `Xứ đồng ${rng.pick(fieldNames)}` : streetDetail(rng, province, ward);
  ctx.items.push({
    maXa: ward.code,
    diaChi: makeAddress(province, ward, chiTiet),
    soTo,
    soThua,
    dienTich: Math.round((min + rng.next() * (max - min)) * 10) / 10,
    mucDichSuDung: name,
    giayChungNhan: {
      soPhatHanh: serial(rng, issued),
      soVaoSo: `${issued < dayOf(2014, 12, 1) ? 'CH' : 'CS'} ${rng.digits(5)}`,
      ngayCap: isoDate(issued),
    },
    chuSuDung: holders.map((p) => ({ soDinhDanh: p.id, hoTen: fullName(p.name, p.group) })),
  });
}

/** Elsewhere in the province: a second plot bought in town. */
function plotInTown(ctx: ParcelContext, household: Household, holder: Citizen): void {
  const ward = pickWard(ctx.rng, household.province, 'phuong');
  const address = makeAddress(household.province, ward, streetDetail(ctx.rng, household.province, ward));
  addParcel(ctx, { ...household, ward, address }, holder, urbanHome, true);
}

export function generateParcels(population: Population, landowner: Citizen): Parcel[] {
  const rng = createRng('parcels');
  const ctx: ParcelContext = { rng, anchor: population.anchor, keys: new Set(), items: [] };
  for (const household of population.households) {
    const holder = household.head;
    if (!holder || ageOn(holder.birth, population.anchor) < 25) continue;
    const featured = holder === landowner;
    const rural = household.ward.kind !== 'phuong';
    const crops = farmland[household.province.region];
    if (featured || rng.chance(rural ? 0.95 : 0.7)) addParcel(ctx, household, holder, rural ? ruralHome : urbanHome, true);
    const fields = featured ? 2 : rural ? rng.weighted([[0, 2], [1, 4], [2, 3], [3, 1]] as const) : 0;
    for (let i = 0; i < fields; i += 1) addParcel(ctx, household, holder, rng.pick(crops), false);
    if (featured || rng.chance(rural ? 0.05 : 0.15)) plotInTown(ctx, household, holder);
  }
  return ctx.items;
}
