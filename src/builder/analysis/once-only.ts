import { fieldRegistry } from '@/fields/registry';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { FormSchema } from '@/schema/create-form-schema';
import type { PrefillBinding } from '@/schema/prefill-binding';
import { analysisMessage, type Finding } from './finding';
import { isAnswerField, locateFields, type LocatedField } from './form-walk';
import { labelSimilarity } from './label-words';
import type { SourceCatalog, SourceCatalogAttribute, SourceCatalogEntry } from './source-catalog';

/** Below this share of shared meaningful words, two labels ask for different things (see `labelSimilarity`). */
export const labelMatchThreshold = 0.5;

interface Candidate {
  source: SourceCatalogEntry;
  attribute: SourceCatalogAttribute;
  similarity: number;
}

/** An identity-number field made for a số định danh (a free text field may also take one, but is not for it). */
const holdsPersonalId = (field: BaseFieldConfig): boolean => {
  const definition = fieldRegistry.of(field);
  return definition.category === 'identity' && (definition.prefill?.accepts.includes('citizen-id') ?? false);
};
const isTickBox = (field: BaseFieldConfig): boolean => typeof fieldRegistry.of(field).emptyAnswer(field) === 'boolean';

/**
 * The related person a field may be about: another field of its list that holds a số định danh
 * and either is already some binding's `personField` or is bound to nothing (the citizen's own
 * number comes pre-filled). A related-person source is only suggested beside one, since it reads
 * the record of whoever that field names.
 */
function nearbyPerson(entry: LocatedField, personFields: ReadonlySet<string>): BaseFieldConfig | undefined {
  return entry.siblings.find(
    (sibling) => sibling !== entry.field && holdsPersonalId(sibling) && (personFields.has(sibling.id) || !sibling.prefill),
  );
}

/** Beside a person field the field is most likely about that person: their source ranks first on a tie. */
const rank = (source: SourceCatalogEntry, personNearby: boolean): number =>
  personNearby && source.subject === 'related-person' ? 1 : 0;

function bestCandidate(field: BaseFieldConfig, catalog: SourceCatalog, personNearby: boolean): Candidate | undefined {
  const accepts = fieldRegistry.of(field).prefill?.accepts ?? [];
  const score = (candidate: Candidate) => candidate.similarity * 2 + rank(candidate.source, personNearby);
  let best: Candidate | undefined;
  for (const source of catalog.sources) {
    if (source.subject === 'related-person' && !personNearby) continue;
    for (const attribute of source.attributes) {
      if (!accepts.includes(attribute.kind)) continue;
      const candidate = { source, attribute, similarity: labelSimilarity(field.label.vi, attribute.label.vi) };
      // Otherwise ties go to the earlier source: the catalog lists the main registries first.
      if (candidate.similarity >= labelMatchThreshold && (!best || score(candidate) > score(best))) best = candidate;
    }
  }
  return best;
}

function suggestedBinding(candidate: Candidate, entry: LocatedField, person: BaseFieldConfig | undefined): PrefillBinding {
  const binding: PrefillBinding = { source: candidate.source.id, attribute: candidate.attribute.id, mode: 'editable' };
  if (candidate.source.subject === 'self' || !person) return binding;
  const consent = entry.siblings.find((sibling) => sibling !== entry.field && isTickBox(sibling));
  return { ...binding, personField: person.id, ...(consent ? { consentField: consent.id } : {}) };
}

/**
 * The once-only principle: a citizen is not asked again for what the state already holds. Flags
 * each answer field without a prefill binding whose label asks for an attribute a source holds,
 * in a kind the field accepts, and offers the binding as a fix (`editable`: whether to lock it is
 * the author's call). Fields in repeatable groups are skipped: bindings cannot address items.
 */
export function checkOnceOnly(schema: FormSchema, catalog: SourceCatalog): Finding[] {
  const located = locateFields(schema);
  const personFields = new Set(located.flatMap(({ field }) => (field.prefill?.personField ? [field.prefill.personField] : [])));
  const findings: Finding[] = [];
  for (const entry of located) {
    const { field } = entry;
    if (entry.repeated || field.prefill || !isAnswerField(field) || !fieldRegistry.of(field).prefill) continue;
    const person = nearbyPerson(entry, personFields);
    const candidate = bestCandidate(field, catalog, person !== undefined);
    if (!candidate) continue;
    const exact = candidate.similarity === 1;
    findings.push({
      check: 'once-only',
      severity: exact ? 'warning' : 'info',
      target: { pageId: entry.page.id, fieldId: field.id },
      message: analysisMessage(exact ? 'onceOnly.unbound' : 'onceOnly.unboundSimilar', {
        field: field.label,
        attribute: candidate.attribute.label,
        source: candidate.source.name,
        agency: candidate.source.agency,
      }),
      fix: { kind: 'bind-prefill', fieldId: field.id, binding: suggestedBinding(candidate, entry, person) },
    });
  }
  return findings;
}
