import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { isApiError } from '@/lib/api-client';
import type { FormSchema } from '@/schema/create-form-schema';
import { useAccessGeneration } from './access-generation';
import { relatedPersonSource } from './catalog/population';
import type { AnyDataSource } from './catalog/types';
import { collectBindings, relatedGroups, type ResolvedBinding } from './collect-bindings';
import type { PrefillEntries } from './prefill-entry';
import { createPrefillStore, type PrefillSnapshot } from './prefill-store';
import type { RelatedLookup } from './related-subject';
import { useApplyFills } from './use-apply-fills';
import { canRead } from './source-queries';
import { useSourceQueries } from './use-source-queries';

/** Auto-fill as a test persona in the builder's preview, with that persona's own token. */
export interface PreviewAccess {
  /** Names the persona: their records are cached apart from anyone else's. */
  key: string;
  token: string;
}

export type SourceState = 'off' | 'pending' | 'ready' | 'failed';
export type RelatedState = 'none' | 'needs-consent' | 'searching' | 'found' | 'not-related' | 'failed';

/** Everything the provenance UI and the submit need to know about a form's pre-filled answers. */
export interface PrefillModel {
  entries: PrefillEntries;
  binding(path: string): ResolvedBinding | undefined;
  sourceState(sourceId: string): SourceState;
  /** The lookup of the person named in this field; `undefined` if no binding reads from it. */
  relatedState(personField: string): RelatedState | undefined;
  /** Sources that failed or did not answer in time (the citizen types instead, or retries). */
  failedSources: readonly AnyDataSource[];
  retrying: boolean;
  /** Asks the failed sources again; their answers fill only fields still empty. */
  retry(): void;
  /** Provenance and typed paths, for saving with a draft. */
  snapshot(): PrefillSnapshot;
}

const refused = (error: unknown) => isApiError(error) && (error.status === 403 || error.status === 404);

function relatedState(lookup: RelatedLookup, query: UseQueryResult | undefined, own: { loaded: boolean; failed: boolean }): RelatedState {
  if (lookup.kind === 'none' || lookup.kind === 'needs-consent') return lookup.kind;
  if (lookup.kind === 'waiting') return own.failed ? 'failed' : 'searching';
  if (lookup.kind === 'self') return own.loaded ? 'found' : 'searching';
  if (!query || query.isPending) return 'searching';
  if (query.isError) return refused(query.error) ? 'not-related' : 'failed';
  return query.data === null ? 'not-related' : 'found';
}

/**
 * Auto-fill with provenance for one form session: reads every source the form's bindings name,
 * fills what the citizen has not typed, and remembers where each value came from.
 */
export function usePrefill(
  schema: FormSchema,
  options: { timeoutMs?: number | undefined; initial?: PrefillSnapshot | undefined; access?: PreviewAccess | undefined } = {},
): PrefillModel {
  const [store] = useState(() => createPrefillStore(options.initial));
  const bindings = useMemo(() => collectBindings(schema), [schema]);
  const groups = useMemo(() => relatedGroups(bindings), [bindings]);
  const signedIn = useAccessGeneration();
  const generation = options.access ? `preview:${options.access.key}` : signedIn;
  const enabled = canRead(generation);
  const queries = useSourceQueries(bindings, groups, { generation, accessToken: options.access?.token, timeoutMs: options.timeoutMs });
  useApplyFills(store, bindings, groups, queries);
  const entries = useSyncExternalStore(store.subscribe, store.getEntries);

  const byPath = new Map(bindings.map((resolved) => [resolved.path, resolved]));
  const ownState = new Map(
    queries.own.map(({ source, query }) => [
      source.id,
      !enabled ? 'off' : query.isError ? 'failed' : query.isSuccess ? 'ready' : 'pending',
    ] as const),
  );
  const related = new Map(
    groups.map((group, index) => {
      const item = queries.related[index];
      const own = { loaded: queries.ownPopulation !== undefined, failed: queries.ownPopulationFailed };
      return [group.personField, item ? relatedState(item.lookup, item.query, own) : 'none'] as const;
    }),
  );
  const failedQueries = [
    ...queries.own.filter(({ query }) => query.isError),
    ...queries.related.flatMap(({ query }) => (query?.isError && !refused(query.error) ? [{ source: relatedPersonSource, query }] : [])),
  ];

  return {
    entries,
    binding: (path) => byPath.get(path),
    sourceState: (sourceId) => ownState.get(sourceId) ?? (enabled ? 'ready' : 'off'),
    relatedState: (personField) => related.get(personField),
    failedSources: [...new Set(failedQueries.map(({ source }) => source))],
    retrying: failedQueries.some(({ query }) => query.isFetching),
    retry: () => {
      for (const { query } of failedQueries) void query.refetch();
    },
    snapshot: () => ({ entries: store.getEntries(), typed: [...store.typed] }),
  };
}
