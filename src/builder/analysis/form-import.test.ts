import { describe, expect, it } from 'vitest';
import { seedForms } from '@mocks/data/forms';
import { parseFormImport } from './form-import';

const seed = seedForms.find((form) => form.id === 'dang-ky-tam-tru')!;
const edited = (edit: (document: Record<string, unknown> & typeof seed) => void): string => {
  const document = structuredClone(seed) as Record<string, unknown> & typeof seed;
  edit(document);
  return JSON.stringify(document, null, 2);
};

describe('importing a form schema', () => {
  it('given a seed form exported as JSON, then it imports as a form schema', () => {
    const result = parseFormImport(JSON.stringify(seed));

    expect(result.ok && result.schema.pages.map((page) => page.id)).toEqual(seed.pages.map((page) => page.id));
  });

  it('given a trailing comma on line 3, then the syntax error says line 3 and the column', () => {
    const result = parseFormImport('{\n  "id": "x",\n  "version": 1,\n}');

    expect(result).toEqual({ ok: false, problems: [{ path: '(root)', message: { key: 'analysis.import.syntax', values: { line: 4, column: 1 } }, line: 4, column: 1 }] });
  });

  it('given text cut short, then the problem is at the end', () => {
    const result = parseFormImport('{\n  "id": ');

    expect(result.ok ? undefined : result.problems[0]).toMatchObject({ line: 2, column: 9 });
  });

  it('given a blank Vietnamese label, then the problem has the full path and an i18n key', () => {
    const text = edited((document) => {
      document.pages[1]!.fields[3]!.label = { vi: '', en: 'ID' };
    });

    const result = parseFormImport(text);

    expect(result.ok ? [] : result.problems).toEqual([{ path: 'pages[1].fields[3].label.vi', message: { key: 'analysis.import.empty', values: {} } }]);
  });

  it('given an unknown field type and a wrong value type, then each is named', () => {
    const text = edited((document) => {
      document.pages[0]!.fields[0]!.type = 'signature';
      document.version = '2' as unknown as number;
    });

    const result = parseFormImport(text);

    const problems = result.ok ? [] : result.problems;
    expect(problems).toContainEqual({ path: 'pages[0].fields[0]', message: { key: 'analysis.import.unknownFieldType', values: { type: 'signature' } } });
    expect(problems).toContainEqual({ path: 'version', message: { key: 'analysis.import.invalidType', values: { expected: 'number' } } });
  });

  it('given a well-formed document with a duplicate page id, then the schema language’s own check is passed on', () => {
    const text = edited((document) => {
      document.pages[2]!.id = document.pages[1]!.id;
    });

    const result = parseFormImport(text);

    expect(result.ok ? [] : result.problems).toEqual([{ path: 'pages[2].id', message: { key: 'analysis.import.rule', values: { detail: 'Duplicate page id "nguoi-de-nghi"' } } }]);
  });
});
