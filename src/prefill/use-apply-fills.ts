import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { useEForm } from '@/renderer/eform-provider';
import { populationSource, ownAsRelatedPerson, relatedPersonSource } from './catalog/population';
import type { RelatedGroup, ResolvedBinding } from './collect-bindings';
import { planClears, planFills, type FillPlan } from './plan-fills';
import { ownSubject } from './prefill-entry';
import type { PrefillStore } from './prefill-store';
import { currentSubject } from './related-subject';
import type { SourceQueries } from './use-source-queries';

const isoTime = (epochMs: number): string => new Date(epochMs).toISOString();

/**
 * Lays each answered record over the form as it arrives: runs after every render of the
 * provider (which re-renders only when a query or a watched person/consent answer changes), and
 * is idempotent, so a record is applied once however often it runs.
 */
export function useApplyFills(
  store: PrefillStore,
  bindings: readonly ResolvedBinding[],
  groups: readonly RelatedGroup[],
  queries: SourceQueries,
): void {
  const { getValues, getFieldState, trigger } = useFormContext();
  const { answers } = useEForm();

  // Typed input is the citizen's: remember every field they change, never fill it again.
  useEffect(() => answers.onInput((name) => store.markTyped(name)), [answers, store]);

  useEffect(() => {
    const apply = (plan: FillPlan) => {
      store.apply(plan);
      for (const { path, value } of plan.set) {
        answers.set(path, value, { shouldDirty: false });
        // An error shown before the value arrived is stale now.
        if (getFieldState(path).invalid) void trigger(path);
      }
    };
    const state = () => ({ values: getValues(), entries: store.getEntries(), typed: store.typed });
    const fill = (targets: readonly ResolvedBinding[], record: unknown, source: string, subject: string, at: number) =>
      apply(planFills({ bindings: targets, record, source, subject, retrievedAt: isoTime(at), ...state() }));

    groups.forEach((group, index) => {
      const lookup = queries.related[index]?.lookup ?? { kind: 'none' };
      apply(planClears(group.bindings, group.personField, currentSubject(lookup), state()));
    });
    for (const { source, query } of queries.own) {
      if (!query.isSuccess || query.data === null) continue;
      fill(bindings.filter((b) => b.source === source), query.data, source.id, ownSubject, query.dataUpdatedAt);
    }
    groups.forEach((group, index) => {
      const related = queries.related[index];
      if (related?.lookup.kind === 'self' && queries.ownPopulation) {
        const { record, retrievedAt } = queries.ownPopulation;
        fill(group.bindings, ownAsRelatedPerson(record), populationSource.id, related.lookup.personId, retrievedAt);
      } else if (related?.lookup.kind === 'lookup' && related.query?.isSuccess && related.query.data !== null) {
        fill(group.bindings, related.query.data, relatedPersonSource.id, related.lookup.personId, related.query.dataUpdatedAt);
      }
    });
  });
}
