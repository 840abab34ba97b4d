import jsonLogic from 'json-logic-js';
import { z } from 'zod';
import { fieldRegistry } from '@/fields/registry';
import { baseFieldShape } from '@/schema/base-field';
import { createFormSchema, walkConfigs } from '@/schema/create-form-schema';
import { toSchemaIssues } from '@/schema/schema-issues';
import { countries } from '../code-lists/countries';
import { ethnicities } from '../code-lists/ethnicities';
import { birthRegistrationForm } from './birth-registration';
import type { PublishedField } from './published-form';

type ConfigSchema = Parameters<typeof createFormSchema>[0][number];

/**
 * The registry's real config schemas, plus a loose stand-in for any type the form uses that is not
 * registered yet (so the test checks everything it can today and tightens by itself tomorrow).
 */
function validatorFor(types: readonly string[]) {
  const registered = fieldRegistry.all().map((definition) => definition.configSchema as unknown as ConfigSchema);
  const missing = types
    .filter((type) => !fieldRegistry.has(type))
    .map((type) => z.looseObject({ type: z.literal(type), ...baseFieldShape }) as unknown as ConfigSchema);
  return createFormSchema([...registered, ...missing] as unknown as Parameters<typeof createFormSchema>[0]).formSchema;
}

const allFields = (): PublishedField[] =>
  birthRegistrationForm.pages.flatMap((page) => [...walkConfigs(page.fields)] as PublishedField[]);

describe('the birth registration form (dang-ky-khai-sinh v1)', () => {
  it('is a valid form schema document', () => {
    const types = [...new Set(allFields().map((field) => field.type))];
    const result = validatorFor(types).safeParse(birthRegistrationForm);
    expect(result.success ? [] : toSchemaIssues(result.error, birthRegistrationForm)).toEqual([]);
  });

  it('follows the official declaration: pages in order, Vietnamese field ids', () => {
    expect(birthRegistrationForm.pages.map((page) => page.id)).toEqual([
      'co-quan-dang-ky', 'nguoi-yeu-cau', 'nguoi-duoc-khai-sinh', 'thong-tin-me',
      'thong-tin-cha', 'ket-hon-cha-me', 'giay-to-dinh-kem', 'cam-doan',
    ]);
    for (const field of allFields()) expect(field.id).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it('has every text in English too', () => {
    const missing: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}[${index}]`));
      else if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (typeof record.vi === 'string' && !(typeof record.en === 'string' && record.en.trim() !== '')) missing.push(path);
        for (const [key, inner] of Object.entries(record)) visit(inner, `${path}.${key}`);
      }
    };
    visit(birthRegistrationForm, 'form');
    expect(missing).toEqual([]);
  });

  it('compares choice answers only with values their options offer', () => {
    const options = new Map(
      allFields().flatMap((field) =>
        Array.isArray(field.options) ? [[field.id, (field.options as { value: string }[]).map((o) => o.value)] as const] : [],
      ),
    );
    const typos: string[] = [];
    const visit = (rule: unknown): void => {
      if (Array.isArray(rule)) return rule.forEach(visit);
      if (rule === null || typeof rule !== 'object') return;
      for (const [operator, args] of Object.entries(rule)) {
        if ((operator === '===' || operator === '!==') && Array.isArray(args)) {
          const [left, right] = args as unknown[];
          const name = (left as { var?: unknown } | null)?.var;
          const values = typeof name === 'string' ? options.get(name) : undefined;
          if (values && typeof right === 'string' && !values.includes(right)) typos.push(`${name} === ${right}`);
        }
        visit(args);
      }
    };
    for (const field of allFields()) [field.visibleIf, field.requiredIf].forEach(visit);
    birthRegistrationForm.pages.forEach((page) => visit(page.visibleIf));
    expect(typos).toEqual([]);
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
