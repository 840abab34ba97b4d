import { fieldRegistry } from '@/fields/registry';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { JsonLogicRule } from '@/schema/condition';
import type { FormPage, FormSchema } from '@/schema/create-form-schema';

/** A field with everything the checks need to know about where it sits. */
export interface LocatedField {
  field: BaseFieldConfig;
  page: FormPage;
  pageIndex: number;
  /** Position in a depth-first walk of the whole form: the order findings are listed in. */
  order: number;
  /** The `visibleIf` of the page and of every enclosing container: the field shows only if all hold. */
  enclosing: readonly JsonLogicRule[];
  /** The list the field sits in (the page's, or its container's children). */
  siblings: readonly BaseFieldConfig[];
  /** Inside a repeatable group: answered once per item, so not addressable by a top-level condition or binding. */
  repeated: boolean;
}

/**
 * Every field of the form, depth-first, with its page and enclosing conditions. Containers are
 * opened through the registry (`container.children`), never by looking at the type.
 */
export function locateFields(schema: FormSchema): LocatedField[] {
  const located: LocatedField[] = [];
  const visit = (fields: readonly BaseFieldConfig[], page: FormPage, pageIndex: number, enclosing: JsonLogicRule[], repeated: boolean) => {
    for (const field of fields) {
      located.push({ field, page, pageIndex, order: located.length, enclosing, siblings: fields, repeated });
      const container = fieldRegistry.of(field).container;
      if (!container) continue;
      const inner = field.visibleIf === undefined ? enclosing : [...enclosing, field.visibleIf];
      visit(container.children(field), page, pageIndex, inner, repeated || container.repeatable);
    }
  };
  schema.pages.forEach((page, pageIndex) => {
    visit(page.fields, page, pageIndex, page.visibleIf === undefined ? [] : [page.visibleIf], false);
  });
  return located;
}

/** True for fields that collect an answer (not content blocks, not plain groups). */
export const isAnswerField = (field: BaseFieldConfig): boolean => fieldRegistry.of(field).hasAnswer;
