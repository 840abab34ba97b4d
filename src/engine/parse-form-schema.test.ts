import { describe, expect, it } from 'vitest';
import { testProcedure } from '@tests/fixtures/make-form-schema';
import { parseFormSchema } from './parse-form-schema';

const text = (id: string, extra: Record<string, unknown> = {}) => ({ type: 'text', id, label: { vi: `Câu ${id}` }, ...extra });
const document = (pages: unknown[], rules: unknown[] = []) => ({
  schemaVersion: 1, id: 'thu', version: 1, title: { vi: 'Thử' }, procedure: testProcedure, pages, rules,
});

describe('parseFormSchema', () => {
  it('accepts a valid document and fills defaults (fields are required unless said otherwise)', () => {
    const result = parseFormSchema(document([{ id: 'p1', title: { vi: 'Trang 1' }, fields: [text('hoTen')] }]));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.schema.pages[0]?.fields[0]?.required).toBe(true);
  });

  it('names an unknown field type with its path instead of a generic union error', () => {
    const result = parseFormSchema(document([{ id: 'p1', title: { vi: 'T' }, fields: [text('a'), { type: 'slider', id: 'b', label: { vi: 'B' } }] }]));
    expect(result).toEqual({ ok: false, issues: [{ path: 'pages[0].fields[1].type', message: 'Unknown field type "slider"' }] });
  });

  it('lists every problem with its path', () => {
    const result = parseFormSchema(
      document([
        { id: 'Trang 1', title: { vi: '' }, fields: [text('a'), text('a'), text('b', { visibleIf: { '==': [{ var: 'khongCo' }, 1] } })] },
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['pages[0].id', 'pages[0].title.vi', 'pages[0].fields[1].id', 'pages[0].fields[2].visibleIf']));
    expect(result.issues.find((issue) => issue.path === 'pages[0].fields[2].visibleIf')?.message).toBe('Condition refers to unknown field "khongCo"');
  });

  it('rejects malformed JSON Logic with the path to the bad operator', () => {
    const result = parseFormSchema(document([{ id: 'p1', title: { vi: 'T' }, fields: [text('a'), text('b', { visibleIf: { equals: [1, 1] } })] }]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual({ path: 'pages[0].fields[1].visibleIf.equals', message: 'Unknown JSON Logic operator "equals"' });
  });

  it('rejects a cross-field rule aimed at a field that does not exist', () => {
    const result = parseFormSchema(
      document([{ id: 'p1', title: { vi: 'T' }, fields: [text('a')] }], [{ id: 'r1', field: 'zzz', assert: true, message: { vi: 'Sai' } }]),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual({ path: 'rules[0].field', message: 'Rule targets unknown field "zzz"' });
  });

  it('checks fields inside containers like any other', () => {
    const result = parseFormSchema(
      document([{ id: 'p1', title: { vi: 'T' }, fields: [{ type: 'group', id: 'nhom', label: { vi: 'Nhóm' }, fields: [{ type: 'text', id: 'x', label: {} }] }] }]),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('pages[0].fields[0].fields[0].label.vi');
  });
});
