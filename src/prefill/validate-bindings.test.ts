import { describe, expect, it } from 'vitest';
import { birthRegistrationForm } from '@mocks/data/forms/birth-registration';
import { parseFormSchema } from '@/engine/parse-form-schema';
import { onePageSchema } from '@tests/fixtures/make-form-schema';
import { validateBindings } from './validate-bindings';

const label = { vi: 'Trường', en: 'Field' };
const consent = { id: 'dongY', type: 'consent', label, required: false };
const personId = { id: 'soDinhDanhCha', type: 'citizen-id', label, required: false };

describe('validateBindings', () => {
  it('accepts bindings whose source, attribute and value kind the catalog and the field type agree on', () => {
    // Given a text, an address and a related person's date, all compatible
    const schema = onePageSchema([
      { id: 'hoTen', type: 'text', label, prefill: { source: 'dan-cu', attribute: 'hoTen', mode: 'locked' } },
      { id: 'noiO', type: 'address', label, prefill: { source: 'dan-cu', attribute: 'thuongTru', mode: 'editable' } },
      personId,
      consent,
      {
        id: 'ngaySinhCha', type: 'date', label,
        prefill: { source: 'dan-cu-lien-quan', attribute: 'ngaySinh', mode: 'editable', personField: 'soDinhDanhCha', consentField: 'dongY' },
      },
    ]);
    // Then there is nothing to fix
    expect(validateBindings(schema)).toEqual([]);
  });

  it('names each problem with its path in the document', () => {
    const schema = onePageSchema([
      { id: 'a', type: 'text', label, prefill: { source: 'csdl-la', attribute: 'hoTen', mode: 'locked' } },
      { id: 'b', type: 'text', label, prefill: { source: 'dan-cu', attribute: 'tenGoiKhac', mode: 'locked' } },
      { id: 'c', type: 'date', label, prefill: { source: 'dan-cu', attribute: 'hoTen', mode: 'editable' } },
      { id: 'd', type: 'consent', label, prefill: { source: 'dan-cu', attribute: 'hoTen', mode: 'editable' } },
    ]);
    expect(validateBindings(schema)).toEqual([
      { path: 'pages[0].fields[0].prefill.source', message: 'Unknown data source "csdl-la"' },
      { path: 'pages[0].fields[1].prefill.attribute', message: 'Data source "dan-cu" has no attribute "tenGoiKhac"' },
      { path: 'pages[0].fields[2].prefill.attribute', message: '"dan-cu.hoTen" is a text value; a date field accepts date' },
      { path: 'pages[0].fields[3].prefill.source', message: 'A consent field cannot be pre-filled' },
    ]);
  });

  it('requires personField and consentField exactly for the related-person source', () => {
    const schema = onePageSchema([
      personId,
      consent,
      { id: 'hoTenCha', type: 'text', label, prefill: { source: 'dan-cu-lien-quan', attribute: 'hoTen', mode: 'editable' } },
      { id: 'hoTen', type: 'text', label, prefill: { source: 'dan-cu', attribute: 'hoTen', mode: 'locked', personField: 'soDinhDanhCha' } },
    ]);
    expect(validateBindings(schema).map((issue) => issue.path)).toEqual([
      'pages[0].fields[2].prefill.personField',
      'pages[0].fields[2].prefill.consentField',
      'pages[0].fields[3].prefill.personField',
    ]);
  });

  it('wants the person in a field that holds a personal number, and consent as a tick box', () => {
    const schema = onePageSchema([
      { id: 'ghiChu', type: 'textarea', label, required: false },
      { id: 'coDongY', type: 'yes-no', label, required: false },
      {
        id: 'hoTenCha', type: 'text', label,
        prefill: { source: 'dan-cu-lien-quan', attribute: 'hoTen', mode: 'editable', personField: 'ghiChu', consentField: 'coDongY' },
      },
    ]);
    expect(validateBindings(schema)).toEqual([
      { path: 'pages[0].fields[2].prefill.personField', message: 'Field "ghiChu" cannot hold a personal identification number' },
      { path: 'pages[0].fields[2].prefill.consentField', message: 'Field "coDongY" is not a tick box the citizen can tick for consent' },
    ]);
  });

  it('rejects bindings inside a repeatable group, whose answers are per item', () => {
    const schema = onePageSchema([
      {
        id: 'thanhVien', type: 'repeatable-group', label, itemLabel: label,
        fields: [{ id: 'hoTenThanhVien', type: 'text', label, prefill: { source: 'dan-cu', attribute: 'hoTen', mode: 'editable' } }],
      },
    ]);
    expect(validateBindings(schema)).toEqual([
      { path: 'pages[0].fields[0].fields[0].prefill.source', message: 'Fields inside a repeatable group cannot be pre-filled' },
    ]);
  });

  it('finds nothing wrong with the birth registration form', () => {
    const parsed = parseFormSchema(birthRegistrationForm);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(validateBindings(parsed.schema)).toEqual([]);
  });
});
