import { allAnswerFields } from '@/engine/visibility';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { FormSchema } from '@/schema/create-form-schema';
import type { PrefillBinding } from '@/schema/prefill-binding';
import { findAttribute, findSource } from './catalog/catalog';
import type { AnyDataSource, SourceAttribute } from './catalog/types';

/** A field's binding resolved against the catalog: what to read, and where to put it. */
export interface ResolvedBinding {
  /** Answer path (the field id: bound fields sit at the top level of the answers). */
  path: string;
  field: BaseFieldConfig;
  binding: PrefillBinding;
  source: AnyDataSource;
  attribute: SourceAttribute<unknown>;
}

/**
 * Every binding of a form that the catalog can serve, in page order. Bindings the catalog does
 * not know are left out: `validateBindings` rejects such a form before it renders.
 */
export function collectBindings(schema: FormSchema): ResolvedBinding[] {
  const found: ResolvedBinding[] = [];
  for (const field of schema.pages.flatMap((page) => allAnswerFields(page.fields))) {
    const binding = field.prefill;
    const source = binding ? findSource(binding.source) : undefined;
    const attribute = binding && source ? findAttribute(source, binding.attribute) : undefined;
    if (binding && source && attribute) found.push({ path: field.id, field, binding, source, attribute });
  }
  return found;
}

/** Bindings that read a related person, grouped by the field holding that person's number. */
export interface RelatedGroup {
  personField: string;
  consentField: string;
  bindings: ResolvedBinding[];
}

export function relatedGroups(bindings: readonly ResolvedBinding[]): RelatedGroup[] {
  const groups = new Map<string, RelatedGroup>();
  for (const resolved of bindings) {
    const { personField, consentField } = resolved.binding;
    if (resolved.source.request.subject !== 'related-person' || !personField || !consentField) continue;
    const group = groups.get(personField) ?? { personField, consentField, bindings: [] };
    group.bindings.push(resolved);
    groups.set(personField, group);
  }
  return [...groups.values()];
}
