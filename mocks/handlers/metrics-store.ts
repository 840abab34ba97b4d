import type { Metrics, RatingRow, SessionRow } from '@/lib/api-contract/metrics';
import type { TimingSummary } from '@/lib/api-contract/sessions';
import { foldTimingEvents } from '@/session-timing/fold';
import type { StoredDossier } from '../db/collections';
import {
  dossierTimings,
  ratings,
  sampleFlags,
  testRuns,
  timingSessions,
  type DossierTiming,
  type StoredSession,
} from '../db/metrics-collections';
import type { Citizen } from '../auth/require-citizen';
import { generateMetricsSample } from '../data/metrics-sample';
import { findPublishedForm } from '../db/published-forms';
import { vietnamIsoString } from './dossier-code';

const sampleFlag = 'state';

/** On acceptance: login→submit = acceptance − issue of the token that filed the dossier. */
export async function recordDossierTiming(dossier: StoredDossier, citizen: Citizen): Promise<void> {
  const acceptedAt = Date.parse(dossier.receivedAt);
  await dossierTimings.put(dossier.dossierCode, {
    dossierCode: dossier.dossierCode,
    formId: dossier.formId,
    procedureCode: dossier.procedureCode,
    personaId: citizen.personaId,
    tokenIssuedAt: citizen.issuedAt,
    acceptedAt,
    loginToSubmitSeconds: Math.max(0, Math.round((acceptedAt - citizen.issuedAt) / 1000)),
    sample: false,
  });
}

export async function addSample(now: number): Promise<number> {
  const sample = generateMetricsSample(now);
  await Promise.all([
    ...sample.sessions.map((session) => timingSessions.put(session.id, session)),
    ...sample.timings.map((timing) => dossierTimings.put(timing.dossierCode, timing)),
    ...sample.ratings.map((rating) => ratings.put(rating.dossierCode, rating)),
    ...sample.runs.map((run) => testRuns.put(run.id, run)),
  ]);
  await sampleFlags.put(sampleFlag, 'added');
  return sample.sessions.length;
}

export async function clearSample(): Promise<void> {
  const removeSample = async <T extends { sample: boolean }>(
    collection: { list(): Promise<T[]>; remove(id: string): Promise<void> },
    key: (record: T) => string,
  ) => Promise.all((await collection.list()).filter((record) => record.sample).map((record) => collection.remove(key(record))));
  await removeSample(timingSessions, (session) => session.id);
  await removeSample(dossierTimings, (timing) => timing.dossierCode);
  await removeSample(ratings, (rating) => rating.dossierCode);
  await removeSample(testRuns, (run) => run.id);
  await sampleFlags.put(sampleFlag, 'cleared');
}

/** First start: the dashboard is never empty; once cleared it stays cleared. */
export async function ensureFirstStartSample(now: number): Promise<void> {
  if ((await sampleFlags.get(sampleFlag)) === undefined) await addSample(now);
}

const procedureCodes = new Map<string, string>();
async function procedureCode(formId: string, version: number): Promise<string> {
  const key = `${formId}@${version}`;
  if (!procedureCodes.has(key)) procedureCodes.set(key, (await findPublishedForm(formId, version))?.procedure.code ?? '');
  return procedureCodes.get(key) ?? '';
}

const emptySummary = (timing: DossierTiming): TimingSummary => ({
  activeSeconds: 0,
  idleSeconds: 0,
  pages: [],
  fieldsTyped: 0,
  fieldsPrefilled: 0,
  fieldsCorrected: 0,
  validationErrors: 0,
  errorsByField: {},
  submitted: true,
  dossierCode: timing.dossierCode,
});

async function sessionRow(session: StoredSession, timings: ReadonlyMap<string, DossierTiming>, now: number): Promise<SessionRow> {
  const summary = foldTimingEvents(session.events, { now });
  const timing = summary.dossierCode ? timings.get(summary.dossierCode) : undefined;
  return {
    id: session.id,
    sample: session.sample,
    formId: session.formId,
    procedureCode: timing?.procedureCode ?? (await procedureCode(session.formId, session.formVersion)),
    personaId: session.personaId,
    ...(session.run ? { runId: session.run.runId, participant: session.run.participant } : {}),
    startedAt: session.createdAt,
    ...(summary.dossierCode ? { dossierCode: summary.dossierCode } : {}),
    ...(timing ? { loginToSubmitSeconds: timing.loginToSubmitSeconds } : {}),
    summary,
    events: session.events,
  };
}

/** Every session (with its authoritative login→submit when it filed a dossier), rating and run. */
export async function buildMetrics(now: number): Promise<Metrics> {
  const [sessions, timings, rated, runs, flag] = await Promise.all([
    timingSessions.list(),
    dossierTimings.list(),
    ratings.list(),
    testRuns.list(),
    sampleFlags.get(sampleFlag),
  ]);
  const byCode = new Map(timings.map((timing) => [timing.dossierCode, timing]));
  const rows = await Promise.all(sessions.map((session) => sessionRow(session, byCode, now)));
  // Dossiers filed without client events (blocked, or another client) still count for login→submit.
  const reported = new Set(rows.flatMap((row) => (row.dossierCode ? [row.dossierCode] : [])));
  for (const timing of timings) {
    if (reported.has(timing.dossierCode)) continue;
    rows.push({
      id: `dossier-${timing.dossierCode}`,
      sample: timing.sample,
      formId: timing.formId,
      procedureCode: timing.procedureCode,
      personaId: timing.personaId,
      startedAt: vietnamIsoString(new Date(timing.tokenIssuedAt)),
      dossierCode: timing.dossierCode,
      loginToSubmitSeconds: timing.loginToSubmitSeconds,
      summary: emptySummary(timing),
      events: [],
    });
  }
  const runOf = new Map(rows.flatMap((row) => (row.dossierCode && row.runId ? [[row.dossierCode, row]] : [])));
  const ratingRows: RatingRow[] = rated.map(({ owner: _owner, updatedAt: _updated, ...rating }) => {
    const run = runOf.get(rating.dossierCode);
    return {
      ...rating,
      ...(run?.runId && run.participant ? { runId: run.runId, participant: run.participant } : {}),
    };
  });
  rows.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  return { sessions: rows, ratings: ratingRows, runs, sample: { present: flag === 'added' && rows.some((row) => row.sample) } };
}
