import { describe, expect, it } from 'vitest';
import { makeFormSchema } from '@tests/fixtures/make-form-schema';
import { defaultAnswers } from './default-answers';
import { firstPageId, pagePosition } from './journey';
import { submissionAnswers } from './submission-answers';

const text = (id: string, extra: Record<string, unknown> = {}) => ({ type: 'text', id, label: { vi: `Câu ${id}` }, ...extra });
const schema = makeFormSchema([
  { id: 'mot', fields: [text('coCha')] },
  { id: 'cha', visibleIf: { '==': [{ var: 'coCha' }, 'co'] }, fields: [text('chaHoTen')] },
  { id: 'cuoi', fields: [text('ghiChu', { visibleIf: { '!=': [{ var: 'coCha' }, ''] } })] },
]);

describe('journey', () => {
  it('skips a page whose condition does not hold, in both directions', () => {
    expect(pagePosition(schema, 'mot', { coCha: 'khong' })).toMatchObject({ index: 0, total: 2, nextId: 'cuoi' });
    expect(pagePosition(schema, 'cuoi', { coCha: 'khong' })).toMatchObject({ index: 1, total: 2, previousId: 'mot', nextId: undefined });
    expect(pagePosition(schema, 'mot', { coCha: 'co' })).toMatchObject({ total: 3, nextId: 'cha' });
  });

  it('reports a page that is not part of the journey', () => {
    expect(pagePosition(schema, 'cha', { coCha: 'khong' }).index).toBe(-1);
    expect(firstPageId(schema, {})).toBe('mot');
  });
});

describe('defaultAnswers', () => {
  it('starts every answer empty and lays known answers over them, dropping unknown keys', () => {
    expect(defaultAnswers(schema, { chaHoTen: 'Nguyễn Văn Ba', laMat: 'x' })).toEqual({ coCha: '', chaHoTen: 'Nguyễn Văn Ba', ghiChu: '' });
  });
});

describe('submissionAnswers', () => {
  it('files only answers the citizen could see, keeping hidden ones out of the dossier', () => {
    expect(submissionAnswers(schema, { coCha: 'khong', chaHoTen: 'đã gõ rồi đổi ý', ghiChu: 'x' })).toEqual({ coCha: 'khong', ghiChu: 'x' });
  });
});
