import { fieldRegistry } from '@/fields/registry';
import { validateBindings } from '@/prefill/validate-bindings';
import { parseFormSchema } from '@/engine/parse-form-schema';
import { createFormSchema, walkConfigs } from '@/schema/create-form-schema';
import { toSchemaIssues } from '@/schema/schema-issues';
import { procedureTopics } from '@/schema/procedure';
import { seedForms } from './index';
import type { PublishedField, PublishedFormDocument } from './published-form';

const formSchema = createFormSchema(
  fieldRegistry.all().map((definition) => definition.configSchema) as unknown as Parameters<typeof createFormSchema>[0],
).formSchema;

const allFields = (form: PublishedFormDocument): PublishedField[] =>
  form.pages.flatMap((page) => [...walkConfigs(page.fields)] as PublishedField[]);

describe.each(seedForms.map((form) => [form.id, form] as const))('the published form "%s"', (_id, form) => {
  it('is a valid form schema document', () => {
    const result = formSchema.safeParse(form);
    expect(result.success ? [] : toSchemaIssues(result.error, form)).toEqual([]);
  });

  it('binds only attributes its sources hold, to fields that accept them', () => {
    const parsed = parseFormSchema(form);
    if (!parsed.ok) throw new Error('invalid form');
    expect(validateBindings(parsed.schema)).toEqual([]);
  });

  it('uses Vietnamese camelCase field ids and kebab-case page ids', () => {
    for (const field of allFields(form)) expect(field.id).toMatch(/^[a-z][A-Za-z0-9]*$/);
    for (const page of form.pages) expect(page.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('describes its procedure for the catalogue: topic, documents, fee', () => {
    expect(procedureTopics).toContain(form.procedure.topic);
    expect(form.procedure.documents?.length ?? 0).toBeGreaterThan(0);
    expect(form.procedure.fee.online).toBeLessThanOrEqual(form.procedure.fee.direct);
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
    visit(form, 'form');
    expect(missing).toEqual([]);
  });

  it('compares choice answers only with values their options offer', () => {
    const options = new Map(
      allFields(form).flatMap((field) =>
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
    for (const field of allFields(form)) [field.visibleIf, field.requiredIf].forEach(visit);
    form.pages.forEach((page) => visit(page.visibleIf));
    form.rules.forEach((rule) => visit(rule.assert));
    expect(typos).toEqual([]);
  });
});

it('gives every form its own id and every procedure its own code', () => {
  expect(new Set(seedForms.map((form) => form.id)).size).toBe(seedForms.length);
  expect(new Set(seedForms.map((form) => form.procedure.code)).size).toBe(seedForms.length);
});
