import type { SourceCatalog } from '@/builder/analysis/source-catalog';
import { dataSources } from '@/prefill/catalog/catalog';

/**
 * The prefill catalog as the builder sees it: names, agencies and attributes with their value
 * kinds, without fetchers or record schemas (the builder browses sources, it never reads them).
 */
export const builderSourceCatalog: SourceCatalog = {
  sources: dataSources.map((source) => ({
    id: source.id,
    name: source.name,
    agency: source.agency,
    subject: source.request.subject,
    attributes: source.attributes.map(({ id, label, kind }) => ({ id, label, kind })),
  })),
};
