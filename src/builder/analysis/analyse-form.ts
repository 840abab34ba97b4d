import type { FormSchema } from '@/schema/create-form-schema';
import { checkAccessibility } from './accessibility';
import type { Finding } from './finding';
import { locateFields } from './form-walk';
import { checkLogic } from './logic';
import { checkOnceOnly } from './once-only';
import type { SourceCatalog } from './source-catalog';

/**
 * Every check the builder shows beside the editor (once-only, accessibility, logic), in the
 * order the author reads the form: by page, then by field, page-level findings first.
 */
export function analyseForm(schema: FormSchema, catalog: SourceCatalog): Finding[] {
  const pageOrder = new Map(schema.pages.map((page, index) => [page.id, index]));
  const fieldOrder = new Map(locateFields(schema).map((entry) => [entry.field.id, entry.order]));
  const position = (finding: Finding): [number, number] => [
    pageOrder.get(finding.target.pageId) ?? schema.pages.length,
    finding.target.fieldId === undefined ? -1 : (fieldOrder.get(finding.target.fieldId) ?? -1),
  ];
  // Array.prototype.sort is stable: findings at one place keep the checks' order.
  return [...checkOnceOnly(schema, catalog), ...checkAccessibility(schema), ...checkLogic(schema)].sort((a, b) => {
    const [pageA, fieldA] = position(a);
    const [pageB, fieldB] = position(b);
    return pageA - pageB || fieldA - fieldB;
  });
}
