import { checkCitizenId, decodeCitizenId } from '@/fields/shared/citizen-id-number';
import { isValidTaxCode } from '@/fields/tax-code/tax-code.check';
import { ethnicities } from '../code-lists/ethnicities';
import { twoLevelUnitsSince } from './calendar';
import { getSyntheticRegistry } from './index';
import { oldProvinceFullName } from './places';
import { allRecords, testData, testToday } from './test-clock';

const data = testData();
const records = allRecords(data);

describe('synthetic population — identifiers', () => {
  it('meets the minimum counts', () => {
    // given the registry for the test day
    const { counts } = getSyntheticRegistry(testToday);
    // then every registry is as large as promised
    expect(counts.persons).toBeGreaterThanOrEqual(2000);
    expect(counts.businesses).toBeGreaterThanOrEqual(300);
    expect(counts.parcels).toBeGreaterThanOrEqual(1000);
    expect(counts.birthCertificates).toBe(20);
    expect(counts.households).toBeGreaterThan(400);
    expect(counts.marriages).toBeGreaterThan(300);
  });

  it('gives everyone a unique số định danh that passes the citizen-id checks', () => {
    const problems = records.filter((r) => checkCitizenId(r.soDinhDanh, testToday) !== undefined);
    expect(problems.map((r) => r.soDinhDanh)).toEqual([]);
    expect(new Set(records.map((r) => r.soDinhDanh)).size).toBe(records.length);
  });

  it('encodes birth year, century and sex in the number', () => {
    const mismatched = records.filter((r) => {
      const info = decodeCitizenId(r.soDinhDanh);
      return info?.birthYear !== Number(r.ngaySinh.slice(0, 4)) || info.sex !== (r.gioiTinh === 'nam' ? 'male' : 'female');
    });
    expect(mismatched.map((r) => `${r.soDinhDanh} ${r.ngaySinh} ${r.gioiTinh}`)).toEqual([]);
  });

  it('opens each number with the old province where the birth was registered', () => {
    const before = data.population.citizens.filter((p) => p.birth < twoLevelUnitsSince);
    const wrong = before.filter((p) => p.noiDangKyKhaiSinh !== oldProvinceFullName(p.id.slice(0, 3)));
    expect(wrong.map((p) => `${p.id} ${p.noiDangKyKhaiSinh}`)).toEqual([]);
  });

  it('gives valid, unique mobile numbers to everyone of 14 or more, and e-mail only to adults', () => {
    const mobile = /^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d{7}$/;
    const phones = data.population.citizens.flatMap((p) => (p.phone ? [p.phone] : []));
    expect(phones.filter((phone) => !mobile.test(phone))).toEqual([]);
    expect(new Set(phones).size).toBe(phones.length);
    expect(phones.length).toBeGreaterThan(records.length * 0.7);
    const registry = getSyntheticRegistry(testToday);
    const minorsWithMail = records.filter((r) => r.ngaySinh > '2008-11-22' && registry.contact(r.soDinhDanh)?.thuDienTu);
    expect(minorsWithMail).toEqual([]);
  });

  it('writes ethnicity as one of the 54 official codes', () => {
    const codes = new Set(ethnicities.map((e) => e.value));
    expect(records.filter((r) => !codes.has(r.danToc))).toEqual([]);
    const kinh = records.filter((r) => r.danToc === '01').length / records.length;
    expect(kinh).toBeGreaterThan(0.8);
    expect(kinh).toBeLessThan(0.92);
  });

  it('codes enterprises with a valid check digit, household businesses with the owner’s number', () => {
    const enterprises = data.businesses.filter((b) => b.loaiHinh !== 'hoKinhDoanh');
    expect(enterprises.filter((b) => !isValidTaxCode(b.maSoThue, { allowIndividual12: false }))).toEqual([]);
    expect(enterprises.some((b) => b.maSoThue.endsWith('-001'))).toBe(true);
    const households = data.businesses.filter((b) => b.loaiHinh === 'hoKinhDoanh');
    expect(households.filter((b) => b.maSoThue !== b.nguoiDaiDien.soDinhDanh)).toEqual([]);
    expect(new Set(data.businesses.map((b) => b.maSoThue)).size).toBe(data.businesses.length);
  });

  it('keeps social-insurance numbers unique, with the number inside the health-insurance card', () => {
    const cards = [...data.insurance.values()];
    expect(new Set(cards.map((c) => c.maSoBhxh)).size).toBe(cards.length);
    expect(cards.filter((c) => !/^[A-Z]{2}[1-5]\d{2}\d{10}$/.test(c.soTheBhyt) || !c.soTheBhyt.endsWith(c.maSoBhxh))).toEqual([]);
    expect(cards.length / records.length).toBeGreaterThan(0.9);
  });

  it('prints certificate serials and register numbers in the GCN formats', () => {
    const serials = data.parcels.map((p) => p.giayChungNhan);
    const wrong = serials.filter(
      (g) => !/^(AA \d{8}|[A-D][A-ZĐ] \d{6})$/.test(g.soPhatHanh) || !/^C[HS] \d{5}$/.test(g.soVaoSo)
        || (g.ngayCap >= '2024-08-01') !== g.soPhatHanh.startsWith('AA '),
    );
    expect(wrong).toEqual([]);
    const keys = data.parcels.map((p) => `${p.maXa}/${p.soTo}/${p.soThua}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
