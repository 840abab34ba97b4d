import { parseFormSchema } from '@/engine/parse-form-schema';
import type { FormSchema } from '@/schema/create-form-schema';
import type { BenchField, BenchOption, BenchSpec } from './bench-spec';

export const BENCH_PAGE_ID = 'bieu-mau-do-hieu-nang';

const vi = (text: string) => ({ vi: text });
const options = (list: readonly BenchOption[] | undefined) =>
  (list ?? []).map((option) => ({ value: option.value, label: vi(option.label) }));

/** One field of the shared spec as a field document of ours (the benchmark's type mapping). */
function toFieldDocument(field: BenchField): Record<string, unknown> {
  const base = {
    id: field.name,
    label: vi(field.label),
    required: field.required,
    ...(field.conditional ? { visibleIf: { '===': [{ var: field.conditional.field }, field.conditional.equals] } } : {}),
  };
  switch (field.type) {
    case 'text':
      return {
        ...base, type: 'text',
        ...(field.pattern ? { pattern: { regex: field.pattern, message: vi(field.patternMessage ?? field.label) } } : {}),
      };
    case 'number':
      return { ...base, type: 'number' };
    case 'date':
      return { ...base, type: 'date' };
    case 'select':
      return { ...base, type: 'select', options: options(field.options) };
    case 'radio':
      return { ...base, type: 'radios', options: options(field.options) };
    case 'checkbox':
      // A single box that must be ticked: our consent field.
      return { ...base, type: 'consent' };
    case 'textarea':
      return { ...base, type: 'textarea' };
  }
}

/** The spec as a form schema document: one page, one group (fieldset with legend) per section. */
export function toFormDocument(spec: BenchSpec): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'do-hieu-nang',
    version: 1,
    title: vi(`Biểu mẫu đo hiệu năng (${spec.n} trường)`),
    procedure: {
      code: '0.000000',
      name: vi('Biểu mẫu đo hiệu năng'),
      agency: vi('Nhóm phát triển'),
      agencyCode: 'DO-HIEU-NANG',
      legalBasis: [vi('Không áp dụng (trang đo hiệu năng)')],
      fee: { direct: 0, online: 0 },
      processingTime: { value: 1, unit: 'day' },
      topic: 'tu-phap',
    },
    pages: [
      {
        id: BENCH_PAGE_ID,
        title: vi(`Biểu mẫu đo hiệu năng (${spec.n} trường)`),
        fields: spec.sections.map((section) => ({
          type: 'group', id: section.id, label: vi(section.title), fields: section.fields.map(toFieldDocument),
        })),
      },
    ],
  };
}

/** Converts and validates exactly as a published form is (the conversion is part of what is measured). */
export function toFormSchema(spec: BenchSpec): FormSchema {
  const parsed = parseFormSchema(toFormDocument(spec));
  if (!parsed.ok) throw new Error(`Bench form is not a valid schema: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  return parsed.schema;
}
