import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import type { PopulationRecord } from '@/lib/api-contract/registries';
import { dataSources } from './catalog/catalog';
import { populationSource, relatedPersonSource } from './catalog/population';
import type { AnyDataSource } from './catalog/types';
import type { RelatedGroup, ResolvedBinding } from './collect-bindings';
import { resolveRelated, type RelatedLookup } from './related-subject';
import { canRead, sourceQueryOptions, type AccessKey } from './source-queries';

export interface SourceQueries {
  /** The citizen's own records a form needs, with their queries (same order). */
  own: { source: AnyDataSource; query: UseQueryResult }[];
  /** Per related-person group (same order as the groups), what to do and the lookup's query. */
  related: { lookup: RelatedLookup; query: UseQueryResult | undefined }[];
  /** The citizen's own population record, once it has answered. */
  ownPopulation: { record: PopulationRecord; retrievedAt: number } | undefined;
  /** Reading it failed: related persons, from the same database, wait for a retry. */
  ownPopulationFailed: boolean;
}

/**
 * Runs every query a form's bindings need, in parallel: each own source once, and one lookup per
 * related person the citizen has named and consented for (keyed by their number, so going back
 * to a number already looked up asks nobody).
 */
export function useSourceQueries(
  bindings: readonly ResolvedBinding[],
  groups: readonly RelatedGroup[],
  options: { generation: AccessKey; accessToken?: string | undefined; timeoutMs?: number | undefined },
): SourceQueries {
  const ownSources = useMemo(() => {
    const ids = new Set(bindings.filter((b) => b.source.request.subject === 'self').map((b) => b.source.id));
    // Related persons need the citizen's own number: is "the mother" the citizen herself?
    if (groups.length > 0) ids.add(populationSource.id);
    return dataSources.filter((source) => ids.has(source.id));
  }, [bindings, groups]);

  const names = useMemo(() => groups.flatMap((group) => [group.personField, group.consentField]), [groups]);
  const watched = useWatch({ name: names, disabled: names.length === 0 }) as unknown[] | undefined;

  const ownResults = useQueries({ queries: ownSources.map((source) => sourceQueryOptions(source, options)) });
  const populationIndex = ownSources.indexOf(populationSource);
  const populationQuery = populationIndex === -1 ? undefined : ownResults[populationIndex];
  const population = populationQuery?.data as PopulationRecord | null | undefined;
  const own = { answered: populationQuery?.isSuccess === true, personId: population?.soDinhDanh };

  const lookups = groups.map((_, index) =>
    canRead(options.generation) ? resolveRelated(watched?.[index * 2], watched?.[index * 2 + 1], own) : ({ kind: 'none' } as const),
  );
  const personIds = [...new Set(lookups.flatMap((lookup) => (lookup.kind === 'lookup' ? [lookup.personId] : [])))];
  const relatedResults = useQueries({
    queries: personIds.map((personId) => sourceQueryOptions(relatedPersonSource, { ...options, personId })),
  });

  return {
    own: ownSources.map((source, index) => ({ source, query: ownResults[index] as UseQueryResult })),
    related: lookups.map((lookup) => ({
      lookup,
      query: lookup.kind === 'lookup' ? relatedResults[personIds.indexOf(lookup.personId)] : undefined,
    })),
    ownPopulation: population && populationQuery ? { record: population, retrievedAt: populationQuery.dataUpdatedAt } : undefined,
    ownPopulationFailed: populationQuery?.isError === true,
  };
}
