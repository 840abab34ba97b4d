import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldRegistry } from '@/fields/registry';
import { walkConfigs } from '@/schema/create-form-schema';
import { CONDITIONAL_FIELD, fieldsFromSearch, makeBenchSpec, PROVINCES } from './bench-spec';
import { toFormSchema } from './to-form-schema';

// The canonical generator every contender shares (../shared/bench/spec.js), copied verbatim into
// the repository so a clean checkout checks against it too. Refresh: cp ../shared/bench/spec.js tests/fixtures/bench-canonical-spec.js
const sharedSpec = resolve(process.cwd(), 'tests/fixtures/bench-canonical-spec.js');

describe('bench spec generator', () => {
  it('produces exactly the shared canonical form', () => {
    // Vitest's module runner will not import a file outside the project; evaluate its source instead.
    const source = readFileSync(sharedSpec, 'utf8').replace(/^export /gm, '');
    const shared = new Function(`${source}\nreturn { makeSpec };`)() as { makeSpec(n: number): unknown };
    for (const n of [1, 5, 50, 203]) expect(makeBenchSpec(n)).toEqual(shared.makeSpec(n));
  });

  it('cycles the types, keeps the first and last field text, groups by ten', () => {
    const spec = makeBenchSpec(50);
    const visible = spec.fields.filter((field) => !field.conditional);
    expect(visible).toHaveLength(50);
    expect(visible.slice(0, 8).map((field) => field.type))
      .toEqual(['text', 'number', 'date', 'select', 'radio', 'checkbox', 'textarea', 'text']);
    expect(visible.at(-1)?.type).toBe('text');
    expect(spec.sections).toHaveLength(5);
    expect(spec.sections[0]?.fields.map((field) => field.name)).toContain(CONDITIONAL_FIELD);
    expect(spec.fields.find((field) => field.type === 'select')?.options).toHaveLength(63);
    expect(PROVINCES[0]).toEqual({ value: '01', label: 'Hà Nội' });
    expect(spec.fields.find((field) => field.name === 'f0008')?.pattern).toBe('^[0-9]{12}$');
  });

  it('reads ?fields=N, defaulting to 50', () => {
    expect(fieldsFromSearch('?fields=1000')).toBe(1000);
    expect(fieldsFromSearch('')).toBe(50);
    expect(fieldsFromSearch('?fields=abc')).toBe(50);
  });
});

describe('bench spec → form schema', () => {
  it('maps every field onto our types inside one group per section', () => {
    const schema = toFormSchema(makeBenchSpec(50));
    expect(schema.pages).toHaveLength(1);
    const groups = schema.pages[0]!.fields;
    expect(groups).toHaveLength(5);
    expect(groups.every((group) => group.type === 'group')).toBe(true);
    expect(groups[0]?.label.vi).toBe('Phần 1. Thông tin người khai');
    const answers = [...walkConfigs(groups)].filter((field) => fieldRegistry.of(field).hasAnswer);
    expect(answers).toHaveLength(51);
    expect(answers.slice(0, 8).map((field) => field.type))
      .toEqual(['text', 'number', 'date', 'select', 'radios', 'text', 'consent', 'textarea']); // 6th: f0005_khac
    const conditional = answers.find((field) => field.id === CONDITIONAL_FIELD);
    expect(conditional?.visibleIf).toEqual({ '===': [{ var: 'f0005' }, 'khac'] });
    expect(answers.find((field) => field.id === 'f0008')).toMatchObject({
      pattern: { regex: '^[0-9]{12}$', message: { vi: 'Số định danh cá nhân phải gồm đúng 12 chữ số' } },
    });
  });

  it('converts a thousand fields', () => {
    const schema = toFormSchema(makeBenchSpec(1000));
    expect([...walkConfigs(schema.pages[0]!.fields)].filter((field) => field.type !== 'group')).toHaveLength(1001);
  });
});
