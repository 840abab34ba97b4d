import { z } from '@/lib/zod';
import { deathNoticeSchema } from '@/lib/api-contract/registries';
import { ageOn, vietnamDay } from './calendar';
import { personaBereavementDays } from './deaths';
import { getSyntheticRegistry, type Persona } from './index';
import { testToday } from './test-clock';

const registry = getSyntheticRegistry(testToday);
const today = vietnamDay(testToday);
const persona = (id: string): Persona => {
  const found = registry.personas.find((p) => p.id === id);
  if (!found) throw new Error(`persona ${id} missing`);
  return found;
};
const dayOfIso = (iso: string) => Math.round(Date.parse(iso) / 86_400_000);

describe('synthetic civil-status events — a marriage to come and a death to register', () => {
  it('anh-khoa’s fiancée is a single adult woman, nobody to him in the registry, who shared her record with him', () => {
    const khoa = persona('anh-khoa');
    const [consent, ...more] = registry.sharingConsentsTo(khoa.soDinhDanh);
    const fiancee = registry.person(consent?.nguoiChiaSe ?? '');
    expect(more).toEqual([]);
    expect(consent).toMatchObject({ mucDich: 'ket-hon', nguoiDuocChiaSe: khoa.soDinhDanh });
    expect(dayOfIso(consent?.ngayDongY ?? '')).toBeLessThanOrEqual(today);
    expect(dayOfIso(consent?.hieuLucDen ?? '')).toBeGreaterThan(today);
    expect(fiancee).toMatchObject({ gioiTinh: 'nu', tinhTrangHonNhan: 'docThan', quocTich: 'VN' });
    expect(ageOn(dayOfIso(fiancee?.ngaySinh ?? ''), today)).toBeGreaterThanOrEqual(18);
    expect(registry.relatedPerson(khoa.soDinhDanh, fiancee?.soDinhDanh ?? '')).toBeUndefined();
    expect(registry.sharedPerson(khoa.soDinhDanh, fiancee?.soDinhDanh ?? '')).toMatchObject({ hoTen: fiancee?.hoTen, quanHe: 'khac' });
    // Shared with him alone, and only one way.
    expect(registry.sharedPerson(persona('anh-hung').soDinhDanh, fiancee?.soDinhDanh ?? '')).toBeUndefined();
    expect(registry.sharedPerson(fiancee?.soDinhDanh ?? '', khoa.soDinhDanh)).toBeUndefined();
  });

  it('anh-hung’s parent died in hospital a few days ago; the population database does not know it yet', () => {
    const hung = registry.person(persona('anh-hung').soDinhDanh);
    const notice = registry.deathNoticeOf(hung?.cha?.soDinhDanh ?? hung?.me?.soDinhDanh ?? '');
    expect(z.strictObject(z.omit(deathNoticeSchema, { quanHe: true }).shape).parse(notice)).toEqual(notice);
    expect(today - dayOfIso(notice?.ngayChet ?? '')).toBe(personaBereavementDays);
    const deceased = registry.person(notice?.nguoiChet.soDinhDanh ?? '');
    expect(deceased).toMatchObject({ hoTen: notice?.nguoiChet.hoTen, ngaySinh: notice?.nguoiChet.ngaySinh });
    expect(registry.relatedPerson(persona('anh-hung').soDinhDanh, deceased?.soDinhDanh ?? '')?.quanHe).toMatch(/^(cha|me)$/);
  });

  it('no persona and no persona’s relative has died apart from that parent', () => {
    const deceased = registry.deathNotices.map((n) => n.nguoiChet.soDinhDanh);
    const hung = registry.person(persona('anh-hung').soDinhDanh);
    const parent = (hung?.cha ?? hung?.me)?.soDinhDanh;
    for (const { id, soDinhDanh } of registry.personas) {
      const relatives = deceased.filter((other) => other === soDinhDanh || registry.relatedPerson(soDinhDanh, other));
      expect(relatives, id).toEqual(id === 'anh-hung' || id === 'chi-lan' ? relatives.filter((d) => d === parent) : []);
    }
    expect(z.array(z.omit(deathNoticeSchema, { quanHe: true })).parse(registry.deathNotices)).toHaveLength(deceased.length);
  });
});
