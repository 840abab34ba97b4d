import type { LocalizedText } from '@/schema/localized-text';
import type { ValueKind } from '@/schema/value-kind';

/** One value a data source holds, as a prefill binding names it. */
export interface SourceCatalogAttribute {
  id: string;
  label: LocalizedText;
  kind: ValueKind;
}

/** A database the state already holds citizens' data in: the citizen's own (`self`) or a related person's. */
export interface SourceCatalogEntry {
  id: string;
  name: LocalizedText;
  agency: LocalizedText;
  subject: 'self' | 'related-person';
  attributes: readonly SourceCatalogAttribute[];
}

/**
 * The data-source catalog as the builder's analyses see it. Injected rather than imported:
 * features never import each other, so `app/` adapts `prefill/`'s `dataSources` to this shape
 * (fetchers and zod record schemas left out) and hands it in.
 */
export interface SourceCatalog {
  sources: readonly SourceCatalogEntry[];
}

/** The attribute a binding names, if the catalog holds it. */
export const findCatalogAttribute = (
  catalog: SourceCatalog,
  sourceId: string,
  attributeId: string,
): { source: SourceCatalogEntry; attribute: SourceCatalogAttribute } | undefined => {
  const source = catalog.sources.find((candidate) => candidate.id === sourceId);
  const attribute = source?.attributes.find((candidate) => candidate.id === attributeId);
  return source && attribute ? { source, attribute } : undefined;
};
