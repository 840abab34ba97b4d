import { ageOn, vietnamDay } from './calendar';
import { getSyntheticRegistry, type Persona } from './index';
import { testToday } from './test-clock';

const registry = getSyntheticRegistry(testToday);
const today = vietnamDay(testToday);
const persona = (id: string): Persona => {
  const found = registry.personas.find((p) => p.id === id);
  if (!found) throw new Error(`persona ${id} missing`);
  return found;
};
const record = (id: string) => registry.person(persona(id).soDinhDanh);
const ageOf = (id: string) => ageOn(Math.round(Date.parse(record(id)?.ngaySinh ?? '') / 86_400_000), today);

describe('synthetic personas', () => {
  it('offers 6–8 distinct kebab-case personas, each a person of the population, with a story in both languages', () => {
    expect(registry.personas.length).toBeGreaterThanOrEqual(6);
    expect(registry.personas.length).toBeLessThanOrEqual(8);
    expect(new Set(registry.personas.map((p) => p.id)).size).toBe(registry.personas.length);
    expect(new Set(registry.personas.map((p) => p.soDinhDanh)).size).toBe(registry.personas.length);
    for (const p of registry.personas) {
      expect(p.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(registry.person(p.soDinhDanh)).toBeDefined();
      expect(p.story.vi.length).toBeGreaterThan(20);
      expect(p.story.en.length).toBeGreaterThan(20);
      expect(p.roles).toContain('citizen');
    }
    expect(registry.personas[0]?.id).toBe('chi-lan');
  });

  it('every persona’s birth is registered, the record naming them as the population database does', () => {
    for (const { id, soDinhDanh } of registry.personas) {
      const own = record(id);
      const registration = registry.birthRegistrationOf(soDinhDanh);
      expect(registration, id).toMatchObject({ hoTen: own?.hoTen, ngaySinh: own?.ngaySinh, gioiTinh: own?.gioiTinh });
      expect(registration?.cha?.soDinhDanh, id).toBe(own?.cha?.soDinhDanh);
      expect(registration?.me?.soDinhDanh, id).toBe(own?.me?.soDinhDanh);
    }
    expect(registry.birthRegistrationOf(persona('anh-khoa').soDinhDanh)?.cha).toEqual(record('anh-khoa')?.cha);
  });

  it('chi-lan is a level-2 married mother of a baby born two weeks ago, her husband in the population', () => {
    const lan = persona('chi-lan');
    const certificate = registry.birthCertificateFor(lan.soDinhDanh);
    const marriage = registry.marriageOf(lan.soDinhDanh);
    expect(lan.ial).toBe(2);
    expect(record('chi-lan')?.hoTen).toMatch(/ Lan$/);
    expect(certificate?.me.soDinhDanh).toBe(lan.soDinhDanh);
    expect(today - Math.round(Date.parse(certificate?.ngaySinh ?? '') / 86_400_000)).toBe(14);
    expect(marriage?.vo.soDinhDanh).toBe(lan.soDinhDanh);
    expect(certificate?.cha?.soDinhDanh).toBe(marriage?.chong.soDinhDanh);
    expect(registry.person(marriage?.chong.soDinhDanh ?? '')).toBeDefined();
  });

  it('anh-hung is chi-lan’s husband and the father on the same certificate', () => {
    const hung = persona('anh-hung');
    expect(record('anh-hung')?.voChong?.soDinhDanh).toBe(persona('chi-lan').soDinhDanh);
    expect(registry.birthCertificateFor(hung.soDinhDanh)).toEqual(registry.birthCertificateFor(persona('chi-lan').soDinhDanh));
    expect(registry.relatedPerson(hung.soDinhDanh, persona('chi-lan').soDinhDanh)?.quanHe).toBe('voChong');
  });

  it('co-phuong owns a household business coded with her số định danh', () => {
    const [shop] = registry.businessesOf(persona('co-phuong').soDinhDanh);
    expect(shop?.loaiHinh).toBe('hoKinhDoanh');
    expect(shop?.maSoThue).toBe(persona('co-phuong').soDinhDanh);
  });

  it('chu-tam holds several parcels, some jointly with his wife', () => {
    const parcels = registry.parcelsOf(persona('chu-tam').soDinhDanh);
    const wife = record('chu-tam')?.voChong?.soDinhDanh;
    expect(parcels.length).toBeGreaterThanOrEqual(3);
    expect(parcels.some((p) => p.chuSuDung.some((h) => h.soDinhDanh === wife))).toBe(true);
  });

  it('ba-xuan is an elderly widow with a level-1 account', () => {
    expect(persona('ba-xuan').ial).toBe(1);
    expect(ageOf('ba-xuan')).toBeGreaterThanOrEqual(75);
    expect(record('ba-xuan')?.tinhTrangHonNhan).toBe('goa');
  });

  it('anh-khoa is young, single, and lives away from his registered household', () => {
    const khoa = record('anh-khoa');
    expect(ageOf('anh-khoa')).toBeLessThanOrEqual(27);
    expect(khoa?.tinhTrangHonNhan).toBe('docThan');
    expect(khoa?.noiOHienTai).not.toEqual(khoa?.thuongTru);
    expect(registry.relatedPerson(persona('anh-khoa').soDinhDanh, khoa?.cha?.soDinhDanh ?? '')?.quanHe).toBe('cha');
  });

  it('has a tester and an author account, the tester without a social-insurance record', () => {
    expect(persona('kiem-thu-vien').roles).toEqual(['citizen', 'tester']);
    expect(persona('tac-gia-bieu-mau').roles).toEqual(['citizen', 'author']);
    expect(registry.insuranceOf(persona('kiem-thu-vien').soDinhDanh)).toBeUndefined();
    expect(registry.insuranceOf(persona('chi-lan').soDinhDanh)).toBeDefined();
  });
});
