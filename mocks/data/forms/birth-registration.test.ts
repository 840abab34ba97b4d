import jsonLogic from 'json-logic-js';
import { countries } from '../code-lists/countries';
import { ethnicities } from '../code-lists/ethnicities';
import { birthRegistrationForm } from './birth-registration';

describe('the birth registration form (dang-ky-khai-sinh v1)', () => {
  it('follows the official declaration: pages in order', () => {
    expect(birthRegistrationForm.pages.map((page) => page.id)).toEqual([
      'co-quan-dang-ky', 'nguoi-yeu-cau', 'nguoi-duoc-khai-sinh', 'thong-tin-me',
      'thong-tin-cha', 'ket-hon-cha-me', 'giay-to-dinh-kem', 'cam-doan',
    ]);
  });

  it('says a parent is born before the child, and stays silent while a date is missing', () => {
    const rule = birthRegistrationForm.rules.find((candidate) => candidate.field === 'meNgaySinh');
    const holds = (answers: Record<string, unknown>) => jsonLogic.truthy(jsonLogic.apply(rule!.assert as jsonLogic.RulesLogic, answers));
    expect(holds({ meNgaySinh: '1995-04-30', treNgaySinh: '2026-11-20' })).toBe(true);
    expect(holds({ meNgaySinh: '2026-11-21', treNgaySinh: '2026-11-20' })).toBe(false);
    expect(holds({ meNgaySinh: '2026-11-20', treNgaySinh: '2026-11-20' })).toBe(false);
    expect(holds({ meNgaySinh: '', treNgaySinh: '2026-11-20' })).toBe(true);
  });
});

describe('code lists', () => {
  it('has the 54 ethnic groups, coded 01 Kinh … 54 Rơ Măm', () => {
    expect(ethnicities.map((option) => option.value)).toEqual(
      Array.from({ length: 54 }, (_, index) => String(index + 1).padStart(2, '0')),
    );
    expect(ethnicities[0]?.label.vi).toBe('Kinh');
    expect(ethnicities[53]?.label.vi).toBe('Rơ Măm');
  });

  it('has every ISO 3166-1 country once, Việt Nam first', () => {
    const values = countries.map((option) => option.value);
    expect(values).toHaveLength(249);
    expect(new Set(values).size).toBe(249);
    expect(values[0]).toBe('VN');
    for (const value of values) expect(value).toMatch(/^[A-Z]{2}$/);
  });
});
