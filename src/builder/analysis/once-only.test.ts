import { describe, expect, it } from 'vitest';
import { realSourceCatalog } from '@tests/fixtures/source-catalog';
import { seedSchema } from '@tests/fixtures/seed-schema';
import { makeFormSchema } from '@tests/fixtures/make-form-schema';
import type { FormSchema } from '@/schema/create-form-schema';
import { walkConfigs } from '@/schema/create-form-schema';
import { checkOnceOnly } from './once-only';

/** The seed form with one field's binding removed, as an author might have left it. */
function withoutBinding(schema: FormSchema, fieldId: string): FormSchema {
  const copy = structuredClone(schema);
  for (const field of copy.pages.flatMap((page) => [...walkConfigs(page.fields)])) if (field.id === fieldId) delete field.prefill;
  return copy;
}

const findingFor = (schema: FormSchema, fieldId: string) =>
  checkOnceOnly(schema, realSourceCatalog).find((finding) => finding.target.fieldId === fieldId);

describe('the once-only check', () => {
  it('given the birth registration with the requester’s full name unbound, then it suggests the population database', () => {
    const schema = withoutBinding(seedSchema('dang-ky-khai-sinh'), 'nycHoTen');

    const finding = findingFor(schema, 'nycHoTen');

    expect(finding).toMatchObject({
      check: 'once-only',
      severity: 'warning',
      target: { pageId: 'nguoi-yeu-cau', fieldId: 'nycHoTen' },
      message: { key: 'analysis.onceOnly.unbound', values: { source: { vi: 'CSDL quốc gia về dân cư' } } },
      fix: { kind: 'bind-prefill', fieldId: 'nycHoTen', binding: { source: 'dan-cu', attribute: 'hoTen', mode: 'editable' } },
    });
  });

  it('given a date of birth asked as "Ngày sinh", then it matches the population database’s "Ngày, tháng, năm sinh"', () => {
    const schema = makeFormSchema([
      { id: 'nguoi-yeu-cau', fields: [{ id: 'ngaySinh', type: 'date', label: { vi: 'Ngày sinh', en: 'Date of birth' } }] },
    ]);

    const finding = findingFor(schema, 'ngaySinh');

    expect(finding?.severity).toBe('warning');
    expect(finding?.fix?.binding).toEqual({ source: 'dan-cu', attribute: 'ngaySinh', mode: 'editable' });
  });

  it('given a label sharing only some words, then the suggestion is a weaker hint (info)', () => {
    const schema = makeFormSchema([{ id: 'trang-1', fields: [{ id: 'soGiay', type: 'text', label: { vi: 'Số Giấy chứng nhận' } }] }]);

    const finding = findingFor(schema, 'soGiay');

    expect(finding).toMatchObject({ severity: 'info', message: { key: 'analysis.onceOnly.unboundSimilar' } });
    expect(finding?.fix?.binding).toMatchObject({ source: 'ho-tich', attribute: 'soGiayChungNhan' });
  });

  it('given a label typed without diacritics, then it still matches', () => {
    const schema = makeFormSchema([{ id: 'trang-1', fields: [{ id: 'queQuan', type: 'text', label: { vi: 'QUE QUAN' } }] }]);

    expect(findingFor(schema, 'queQuan')?.fix?.binding.attribute).toBe('queQuan');
  });

  it('given a label matching only attributes of a kind the field refuses, then nothing is suggested', () => {
    // "Ngày sinh" as free text: the date attributes do not fit a number field.
    const schema = makeFormSchema([{ id: 'trang-1', fields: [{ id: 'ngaySinh', type: 'number', label: { vi: 'Ngày sinh' } }] }]);

    expect(findingFor(schema, 'ngaySinh')).toBeUndefined();
  });

  it('given a related person’s ethnicity beside their unbound số định danh, then the related-person source is offered with that person', () => {
    const schema = withoutBinding(seedSchema('xac-nhan-tinh-trang-hon-nhan'), 'xnDanToc');

    const finding = findingFor(schema, 'xnDanToc');

    expect(finding?.fix?.binding).toEqual({
      source: 'dan-cu-lien-quan',
      attribute: 'danToc',
      mode: 'editable',
      personField: 'xnSoDinhDanh',
      consentField: 'xnDongYChiaSe',
    });
  });

  it('given a field with no person field nearby, then related-person sources are never suggested', () => {
    const schema = makeFormSchema([{ id: 'trang-1', fields: [{ id: 'noiCuTru', type: 'address', label: { vi: 'Nơi cư trú' } }] }]);

    const sources = checkOnceOnly(schema, realSourceCatalog).map((finding) => finding.fix?.binding.source);
    expect(sources).not.toContain('dan-cu-lien-quan');
  });

  it('given the seed forms as published, then the fields it names are ones really left unbound', () => {
    const schema = seedSchema('dang-ky-khai-sinh');

    const findings = checkOnceOnly(schema, realSourceCatalog);

    const bound = new Set(schema.pages.flatMap((page) => [...walkConfigs(page.fields)]).filter((f) => f.prefill).map((f) => f.id));
    expect(findings.every((finding) => !bound.has(finding.target.fieldId ?? ''))).toBe(true);
  });
});
