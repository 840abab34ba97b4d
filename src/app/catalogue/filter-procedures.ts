import type { FormSummary } from '@/lib/api-contract/forms';
import { normalizeForSearch } from '@/lib/search-text';
import type { ProcedureTopic } from '@/schema/procedure';

export interface CatalogueFilter {
  /** Free text: every word must occur, ignoring case and Vietnamese diacritics. */
  query: string;
  topic?: ProcedureTopic | undefined;
  /** An agency as `agencyKey` names it. */
  agency?: string | undefined;
}

/**
 * Agencies are named, not coded, across procedures (every commune committee shares one name), so
 * the filter groups by the folded Vietnamese name.
 */
export const agencyKey = (summary: FormSummary): string => normalizeForSearch(summary.procedure.agency.vi).replace(/ /g, '-');

/** What a citizen may type to find a procedure: its names in both languages, code, agency and topic. */
const haystack = (summary: FormSummary, topicLabel: (topic: ProcedureTopic) => string): string => {
  const { procedure, title } = summary;
  return normalizeForSearch(
    [
      procedure.name.vi, procedure.name.en ?? '', title.vi, title.en ?? '', procedure.code,
      procedure.agency.vi, procedure.agency.en ?? '', topicLabel(procedure.topic),
    ].join(' '),
  );
};

/** The procedures matching the filter, in catalogue order. */
export function filterProcedures(
  summaries: readonly FormSummary[],
  filter: CatalogueFilter,
  topicLabel: (topic: ProcedureTopic) => string,
): FormSummary[] {
  const words = normalizeForSearch(filter.query).split(' ').filter(Boolean);
  return summaries.filter((summary) => {
    if (filter.topic && summary.procedure.topic !== filter.topic) return false;
    if (filter.agency && agencyKey(summary) !== filter.agency) return false;
    const text = haystack(summary, topicLabel);
    return words.every((word) => text.includes(word));
  });
}
