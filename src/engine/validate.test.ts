import { describe, expect, it } from 'vitest';
import { makeFormSchema, onePageSchema } from '@tests/fixtures/make-form-schema';
import { validateForm, validatePage } from './validate';

const text = (id: string, extra: Record<string, unknown> = {}) => ({ type: 'text', id, label: { vi: `Câu ${id}` }, ...extra });

describe('validatePage', () => {
  it('reports an empty required answer and accepts an empty optional one', () => {
    const schema = onePageSchema([text('batBuoc'), text('tuyChon', { required: false })]);
    expect(validatePage(schema, 'trang-1', { batBuoc: '', tuyChon: '' })).toEqual([
      { fieldId: 'batBuoc', path: 'batBuoc', message: 'fields:common.errors.required' },
    ]);
  });

  it('skips hidden fields, whatever their answers', () => {
    const schema = onePageSchema([text('loai'), text('chiTiet', { visibleIf: { '==': [{ var: 'loai' }, 'khac'] } })]);
    expect(validatePage(schema, 'trang-1', { loai: 'thuong', chiTiet: '' })).toEqual([]);
    expect(validatePage(schema, 'trang-1', { loai: 'khac', chiTiet: '' }).map((e) => e.fieldId)).toEqual(['chiTiet']);
  });

  it('makes a field required only while its required-if holds', () => {
    const schema = onePageSchema([text('coCon', { required: false }), text('soCon', { requiredIf: { '==': [{ var: 'coCon' }, 'co'] } })]);
    expect(validatePage(schema, 'trang-1', { coCon: '', soCon: '' })).toEqual([]);
    expect(validatePage(schema, 'trang-1', { coCon: 'co', soCon: '' }).map((e) => e.fieldId)).toEqual(['soCon']);
  });

  it('checks a cross-field rule only once every answer it reads is given, with the author’s message', () => {
    const schema = onePageSchema([text('tu', { required: false }), text('den', { required: false })], {
      rules: [{ id: 'thu-tu', field: 'den', assert: { '<=': [{ var: 'tu' }, { var: 'den' }] }, message: { vi: 'Ngày đến phải sau ngày đi', en: 'Must be after' } }],
    });
    expect(validatePage(schema, 'trang-1', { tu: '2025-03-02', den: '' })).toEqual([]);
    const [error] = validatePage(schema, 'trang-1', { tu: '2025-03-02', den: '2025-03-01' });
    expect(error?.fieldId).toBe('den');
    expect(error?.message).toBe('@text::{"vi":"Ngày đến phải sau ngày đi","en":"Must be after"}');
  });

  it('lists errors in page order', () => {
    const schema = onePageSchema([text('a'), text('b'), text('c')]);
    expect(validatePage(schema, 'trang-1', { a: '', b: 'x', c: '' }).map((e) => e.fieldId)).toEqual(['a', 'c']);
  });

  it('validates the fields of an open group as top-level answers', () => {
    const schema = onePageSchema([{ type: 'group', id: 'me', label: { vi: 'Thông tin mẹ' }, fields: [text('meHoTen')] }]);
    expect(validatePage(schema, 'trang-1', { meHoTen: '' }).map((e) => e.path)).toEqual(['meHoTen']);
  });
});

describe('validateForm', () => {
  it('groups errors by visible page and ignores hidden pages', () => {
    const schema = makeFormSchema([
      { id: 'mot', fields: [text('loai')] },
      { id: 'hai', visibleIf: { '==': [{ var: 'loai' }, 'co'] }, fields: [text('chiTiet')] },
      { id: 'ba', fields: [text('ghiChu')] },
    ]);
    expect([...validateForm(schema, { loai: 'khong', chiTiet: '', ghiChu: '' }).keys()]).toEqual(['ba']);
    expect([...validateForm(schema, { loai: 'co', chiTiet: '', ghiChu: '' }).keys()]).toEqual(['hai', 'ba']);
  });
});
