import { afterEach, describe, expect, it } from 'vitest';
import { clearFaults, setFault } from '@mocks/faults';
import { onePageSchema } from '@tests/fixtures/make-form-schema';
import { personaRecord, syntheticRegistry } from '@tests/utils/personas';
import { signIn, signOut } from '@tests/utils/sign-in';
import { isApiError } from '@/lib/api-client';
import { birthRegistrationPath } from '@/lib/api-contract/registries';
import { fetchSourceRecord } from '../fetch-source';
import { validateBindings } from '../validate-bindings';
import { findAttribute, findSource } from './catalog';

const source = (id: string) => {
  const found = findSource(id);
  if (!found) throw new Error(`no source ${id}`);
  return found;
};
const births = source('ho-tich-khai-sinh');
const read = (attribute: string, record: unknown): unknown => {
  const found = findAttribute(births, attribute);
  if (!found) throw new Error(`no attribute ${attribute}`);
  return found.read(record);
};
const registry = syntheticRegistry();

describe('catalog — birth registrations in the civil-status database', () => {
  afterEach(() => {
    clearFaults();
    signOut();
  });

  it('is a source of its own on the same database as the marriages', () => {
    expect(births.request).toEqual({ subject: 'self', path: birthRegistrationPath });
    expect([births.name, births.agency]).toEqual([source('ho-tich').name, source('ho-tich').agency]);
  });

  it('reads every value of the signed-in citizen’s own birth registration, parents included', async () => {
    await signIn('anh-hung');
    const own = personaRecord('anh-hung');
    const held = registry.birthRegistrationOf(own.soDinhDanh);
    const record = await fetchSourceRecord(births);
    expect(held?.cha && held.me).toBeTruthy();
    expect(Object.fromEntries(births.attributes.map((attribute) => [attribute.id, attribute.read(record)]))).toEqual({
      daDangKyKhaiSinh: true,
      soDangKy: held?.soDangKy,
      quyenSo: held?.quyenSo,
      ngayDangKy: held?.ngayDangKy,
      noiDangKy: held?.noiDangKy,
      hoTen: own.hoTen,
      ngaySinh: own.ngaySinh,
      gioiTinh: own.gioiTinh,
      noiSinh: held?.noiSinh,
      danToc: own.danToc,
      quocTich: 'VN',
      'cha.hoTen': own.cha?.hoTen,
      'cha.soDinhDanh': own.cha?.soDinhDanh,
      'me.hoTen': own.me?.hoTen,
      'me.soDinhDanh': own.me?.soDinhDanh,
    });
  });

  it('reads no parent the registration does not name', async () => {
    await signIn('chi-lan');
    const record = await fetchSourceRecord(births);
    expect(registry.birthRegistrationOf(personaRecord('chi-lan').soDinhDanh)?.cha).toBeUndefined();
    expect([read('hoTen', record), read('cha.hoTen', record), read('cha.soDinhDanh', record)]).toEqual([personaRecord('chi-lan').hoTen, undefined, undefined]);
  });

  it('goes down with the ho-tich switch, as the marriages do', async () => {
    await signIn('chi-lan');
    setFault('ho-tich', 'error');
    for (const id of ['ho-tich', 'ho-tich-khai-sinh']) {
      const error: unknown = await fetchSourceRecord(source(id)).catch((caught: unknown) => caught);
      expect(isApiError(error) && error.status, id).toBe(503);
    }
  });

  it('binds to fields of compatible types', () => {
    const label = { vi: 'Trường', en: 'Field' };
    const bind = (attribute: string) => ({ source: 'ho-tich-khai-sinh', attribute, mode: 'locked' as const });
    const schema = onePageSchema([
      { id: 'ngaySinh', type: 'date', label, prefill: bind('ngaySinh') },
      { id: 'noiSinh', type: 'text', label, prefill: bind('noiSinh') },
      { id: 'soDinhDanhCha', type: 'citizen-id', label, required: false, prefill: bind('cha.soDinhDanh') },
      { id: 'soDangKy', type: 'date', label, prefill: bind('soDangKy') },
    ]);
    expect(validateBindings(schema)).toEqual([
      { path: 'pages[0].fields[3].prefill.attribute', message: '"ho-tich-khai-sinh.soDangKy" is a text value; a date field accepts date' },
    ]);
  });
});
