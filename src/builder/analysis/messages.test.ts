import { describe, expect, it } from 'vitest';
import { seedForms } from '@mocks/data/forms';
import { realSourceCatalog } from '@tests/fixtures/source-catalog';
import { makeFormSchema } from '@tests/fixtures/make-form-schema';
import { seedSchema } from '@tests/fixtures/seed-schema';
import { analyseForm } from './analyse-form';
import { parseFormImport } from './form-import';
import { analysisMessages } from './messages';

const keys = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]));

const text = (locale: 'vi' | 'en', key: string): unknown =>
  key
    .replace(/^analysis\./, '')
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], analysisMessages[locale]);

describe('the analysis messages', () => {
  it('given both locales, then they have the same keys', () => {
    expect(keys(analysisMessages.en)).toEqual(keys(analysisMessages.vi));
  });

  it('given the findings the checks raise on seed forms and broken fixtures, then every key has a text in both locales', () => {
    const broken = makeFormSchema([
      { id: 'hoi', fields: [{ id: 'coCon', type: 'yes-no', label: { vi: 'Có con?' } }, { id: 'x', type: 'text', label: { vi: 'Có con?' }, visibleIf: { and: [{ '==': [{ var: 'coCon' }, true] }, { '==': [{ var: 'coCon' }, false] }] } }] },
      { id: 'sau', visibleIf: { '==': [{ var: 'coCon' }, 'co'] }, fields: [] },
    ]);
    const findings = [broken, ...seedForms.map((form) => seedSchema(form.id))].flatMap((schema) => analyseForm(schema, realSourceCatalog));
    const imported = parseFormImport('{"a": }');
    const used = new Set([...findings.map((finding) => finding.message.key), ...(imported.ok ? [] : imported.problems.map((problem) => problem.message.key))]);

    expect(used.size).toBeGreaterThan(8);
    for (const key of used) {
      expect(text('vi', key), key).toEqual(expect.any(String));
      expect(text('en', key), key).toEqual(expect.any(String));
    }
  });

  it('given a Vietnamese text, then it keeps its diacritics and its interpolation names match the English one', () => {
    const names = (value: string) => [...value.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const key of keys(analysisMessages.vi)) {
      expect(names(text('vi', key) as string), key).toEqual(names(text('en', key) as string));
    }
    expect(analysisMessages.vi.logic.unreachablePage).toMatch(/[ăâđêôơư]/);
  });
});
