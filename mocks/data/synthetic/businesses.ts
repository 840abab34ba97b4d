import type { Business } from '@/lib/api-contract/registries';
import { addYears, ageOn, type Day, dayOf, isoDate } from './calendar';
import { fullName } from './ethnic-groups';
import { brands, type Trade, trades } from './business-lines';
import { enterpriseTaxCode } from './identifiers';
import type { Citizen, Population } from './model';
import { makeAddress, pickWard, type Province, provinceByCode } from './places';
import { createRng, type Rng } from './random';
import { officeDetail } from './street-detail';

/**
 * CSDL quốc gia về đăng ký doanh nghiệp: household businesses (mã số = the owner's số định danh,
 * NĐ 168/2025), companies with a 10-digit tax code (mod-11 check digit) and some branches
 * (`-001`). The legal representative is always someone in the population.
 */
export const businessTargets = { household: 180, company: 135 } as const;

/** First two digits of a tax code: the tax office of the old province (not validated anywhere). */
const taxOffice: Readonly<Record<string, string>> = {
  '01': '01', '79': '03', '31': '02', '48': '04', '92': '18', '75': '36', '38': '28', '40': '29', '22': '57', '24': '23',
};

const personRef = (p: Citizen) => ({ soDinhDanh: p.id, hoTen: fullName(p.name, p.group) });

function linesOf(rng: Rng, trade: Trade): Business['nganhNghe'] {
  const [main, ...rest] = trade.lines;
  const extra = rest.filter(() => rng.chance(0.5));
  return [...(main ? [main] : []), ...extra].map(([ma, ten], i) => ({ ma, ten, chinh: i === 0 }));
}

function registrationDay(rng: Rng, owner: Citizen, anchor: Day): Day {
  const earliest = Math.max(addYears(owner.birth, 21), dayOf(2000, 1, 1));
  return rng.int(Math.min(earliest, anchor - 90), anchor - 30);
}

function officeAddress(rng: Rng, province: Province) {
  const ward = pickWard(rng, province);
  return makeAddress(province, ward, officeDetail(rng));
}

interface BusinessContext {
  rng: Rng;
  anchor: Day;
  names: Set<string>;
  taxCodes: Set<string>;
  items: Business[];
}

function uniqueName(ctx: BusinessContext, base: string, province: Province): string {
  let name = ctx.names.has(base) ? `${base} ${province.name}` : base;
  for (let n = 2; ctx.names.has(name); n += 1) name = `${base} ${n}`;
  ctx.names.add(name);
  return name;
}

function householdBusiness(ctx: BusinessContext, owner: Citizen, trade: Trade): void {
  const { rng } = ctx;
  const word = rng.pick(trade.shopWords);
  const style = rng.int(0, 2);
  const label = style === 0 ? fullName(owner.name, owner.group) : style === 1 ? `${word} ${owner.name.ten}` : `${word} ${rng.pick(brands)}`;
  const province = owner.household.province;
  ctx.items.push({
    maSoThue: owner.id,
    ten: uniqueName(ctx, `Hộ kinh doanh ${label}`, province),
    loaiHinh: 'hoKinhDoanh',
    diaChiTruSo: rng.chance(0.7) ? owner.household.address : officeAddress(rng, province),
    nguoiDaiDien: personRef(owner),
    vonDieuLe: rng.int(2, 150) * 10_000_000,
    nganhNghe: linesOf(rng, trade),
    ngayDangKy: isoDate(registrationDay(rng, owner, ctx.anchor)),
  });
}

function company(ctx: BusinessContext, representative: Citizen, trade: Trade, branchHead?: Citizen): void {
  const { rng } = ctx;
  const loaiHinh = rng.weighted([['tnhh', 60], ['coPhan', 25], ['tuNhan', 15]] as const);
  const form = loaiHinh === 'tnhh' ? 'Công ty TNHH' : loaiHinh === 'coPhan' ? 'Công ty Cổ phần' : 'Doanh nghiệp tư nhân';
  const province = rng.chance(0.7) ? representative.household.province : provinceByCode(rng.pick(['79', '01', '48']));
  const ten = uniqueName(ctx, `${form} ${rng.pick(trade.companyWords)} ${rng.pick(brands)}`, province);
  const maSoThue = enterpriseTaxCode(rng, ctx.taxCodes, taxOffice[province.code] ?? province.code);
  const capitalUnit = loaiHinh === 'coPhan' ? 1_000_000_000 : loaiHinh === 'tnhh' ? 500_000_000 : 100_000_000;
  const registered = registrationDay(rng, representative, ctx.anchor);
  const nganhNghe = linesOf(rng, trade);
  ctx.items.push({
    maSoThue, ten, loaiHinh, diaChiTruSo: officeAddress(rng, province), nguoiDaiDien: personRef(representative),
    vonDieuLe: rng.int(1, 60) * capitalUnit, nganhNghe, ngayDangKy: isoDate(registered),
  });
  if (!branchHead || loaiHinh === 'tuNhan') return;
  const branchProvince = branchHead.household.province;
  ctx.items.push({
    maSoThue: `${maSoThue}-001`,
    ten: `Chi nhánh ${branchProvince.name} - ${ten}`,
    loaiHinh,
    diaChiTruSo: officeAddress(rng, branchProvince),
    nguoiDaiDien: personRef(branchHead),
    vonDieuLe: 0,
    nganhNghe,
    ngayDangKy: isoDate(rng.int(registered + 30, Math.max(registered + 30, ctx.anchor - 10))),
  });
}

const shopTrades = trades.filter((t) => t.shopWords.length > 0);
const companyTrades = trades.filter((t) => t.companyWords.length > 0);

/** Businesses, with `shopOwner` (a persona) holding a grocery household business. */
export function generateBusinesses(population: Population, shopOwner: Citizen, exclude: ReadonlySet<Citizen>): Business[] {
  const rng = createRng('businesses');
  const ctx: BusinessContext = { rng, anchor: population.anchor, names: new Set(), taxCodes: new Set(), items: [] };
  const adults = population.citizens.filter((p) => {
    const age = ageOn(p.birth, population.anchor);
    return age >= 25 && age <= 68 && !exclude.has(p) && p !== shopOwner;
  });
  const pool = [...adults];
  const take = (): Citizen => {
    const [person] = pool.splice(rng.int(0, pool.length - 1), 1);
    if (!person) throw new Error('not enough adults for the businesses');
    return person;
  };
  const [grocery] = trades;
  if (grocery) householdBusiness(ctx, shopOwner, grocery);
  for (let i = 1; i < businessTargets.household; i += 1) householdBusiness(ctx, take(), rng.pick(shopTrades));
  for (let i = 0; i < businessTargets.company; i += 1) {
    company(ctx, take(), rng.pick(companyTrades), rng.chance(0.18) ? take() : undefined);
  }
  return ctx.items;
}
