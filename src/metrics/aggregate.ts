import type { RatingRow, SessionRow } from '@/lib/api-contract/metrics';
import { isSatisfied, ratingLevels, type RatingLevel } from '@/lib/api-contract/ratings';

export interface MetricsFilter {
  /** yyyy-mm-dd, inclusive, Vietnam time. */
  from?: string | undefined;
  to?: string | undefined;
  formId?: string | undefined;
  personaId?: string | undefined;
  runId?: string | undefined;
}

const day = (iso: string): string => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);

const matches = (row: { formId: string; personaId: string; runId?: string | undefined }, at: string, filter: MetricsFilter): boolean =>
  (!filter.formId || row.formId === filter.formId) &&
  (!filter.personaId || row.personaId === filter.personaId) &&
  (!filter.runId || row.runId === filter.runId) &&
  (!filter.from || day(at) >= filter.from) &&
  (!filter.to || day(at) <= filter.to);

export const filterSessions = (rows: readonly SessionRow[], filter: MetricsFilter): SessionRow[] =>
  rows.filter((row) => matches(row, row.startedAt, filter));
export const filterRatings = (rows: readonly RatingRow[], filter: MetricsFilter): RatingRow[] =>
  rows.filter((row) => matches(row, row.ratedAt, filter));

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

export interface TimingStats {
  sessions: number;
  submitted: number;
  mean: number;
  median: number;
  p90: number;
  /** Shares of submitted sessions under 5 and under 8 minutes. */
  under5: number;
  under8: number;
  /** Sessions per whole minute of login→submit; the last bin holds everything from `bins.length - 1` minutes. */
  bins: number[];
  meanPredicted: number | undefined;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function timingStats(rows: readonly SessionRow[], binCount = 16): TimingStats {
  const times = rows.flatMap((row) => (row.loginToSubmitSeconds === undefined ? [] : [row.loginToSubmitSeconds])).sort((a, b) => a - b);
  const predicted = rows.flatMap((row) => (row.summary.predictedSeconds === undefined ? [] : [row.summary.predictedSeconds]));
  const bins = Array.from({ length: binCount }, () => 0);
  for (const time of times) {
    const index = Math.min(binCount - 1, Math.floor(time / 60));
    bins[index] = (bins[index] ?? 0) + 1;
  }
  const share = (limit: number) => (times.length === 0 ? 0 : times.filter((time) => time < limit).length / times.length);
  return {
    sessions: rows.length,
    submitted: times.length,
    mean: times.length === 0 ? 0 : round1(times.reduce((sum, time) => sum + time, 0) / times.length),
    median: percentile(times, 50),
    p90: percentile(times, 90),
    under5: share(300),
    under8: share(480),
    bins,
    meanPredicted: predicted.length === 0 ? undefined : round1(predicted.reduce((sum, value) => sum + value, 0) / predicted.length),
  };
}

/**
 * Mean seconds per page of a procedure over the sessions that visited it: in order of first
 * appearance for one procedure; across procedures, the `limit` slowest pages.
 */
export function pageTimes(rows: readonly SessionRow[], limit = 12): { formId: string; pageId: string; meanSeconds: number; sessions: number }[] {
  const pages = new Map<string, { formId: string; pageId: string; total: number; sessions: number }>();
  for (const row of rows) {
    for (const page of row.summary.pages) {
      const key = `${row.formId}/${page.pageId}`;
      const current = pages.get(key) ?? { formId: row.formId, pageId: page.pageId, total: 0, sessions: 0 };
      pages.set(key, { ...current, total: current.total + page.seconds, sessions: current.sessions + 1 });
    }
  }
  const all = [...pages.values()].map(({ total, ...page }) => ({ ...page, meanSeconds: round1(total / page.sessions) }));
  const oneProcedure = new Set(all.map((page) => page.formId)).size <= 1;
  return oneProcedure ? all : all.sort((a, b) => b.meanSeconds - a.meanSeconds).slice(0, limit);
}

/** Fields with the most validation errors met, most first. */
export function errorFields(rows: readonly SessionRow[], limit = 10): { formId: string; fieldId: string; errors: number }[] {
  const counts = new Map<string, { formId: string; fieldId: string; errors: number }>();
  for (const row of rows) {
    for (const [fieldId, errors] of Object.entries(row.summary.errorsByField)) {
      const key = `${row.formId}/${fieldId}`;
      const current = counts.get(key) ?? { formId: row.formId, fieldId, errors: 0 };
      counts.set(key, { ...current, errors: current.errors + errors });
    }
  }
  return [...counts.values()].sort((a, b) => b.errors - a.errors || a.fieldId.localeCompare(b.fieldId)).slice(0, limit);
}

export interface SatisfactionStats {
  ratings: number;
  counts: Record<RatingLevel, number>;
  /** (Rất hài lòng + Hài lòng) / all ratings; 0 without ratings. */
  satisfiedShare: number;
  reasons: { dossierCode: string; formId: string; reason: string }[];
}

export function satisfactionStats(rows: readonly RatingRow[]): SatisfactionStats {
  const counts = Object.fromEntries(ratingLevels.map((level) => [level, rows.filter((row) => row.level === level).length])) as Record<RatingLevel, number>;
  return {
    ratings: rows.length,
    counts,
    satisfiedShare: rows.length === 0 ? 0 : rows.filter((row) => isSatisfied(row.level)).length / rows.length,
    reasons: rows.flatMap((row) => (row.reason ? [{ dossierCode: row.dossierCode, formId: row.formId, reason: row.reason }] : [])),
  };
}

/** Per procedure: its timing and satisfaction, for the comparison table. */
export function byProcedure(sessions: readonly SessionRow[], ratings: readonly RatingRow[]) {
  const formIds = [...new Set([...sessions.map((row) => row.formId), ...ratings.map((row) => row.formId)])].sort();
  return formIds.map((formId) => ({
    formId,
    timing: timingStats(sessions.filter((row) => row.formId === formId)),
    satisfaction: satisfactionStats(ratings.filter((row) => row.formId === formId)),
  }));
}
