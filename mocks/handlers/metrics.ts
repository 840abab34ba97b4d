import { http, HttpResponse, type DefaultBodyType, type PathParams } from 'msw';
import {
  createTestRunRequestSchema,
  metricsPath,
  metricsSamplePath,
  testRunsPath,
  type Metrics,
  type TestRun,
} from '@/lib/api-contract/metrics';
import { requireRole } from '../auth/require-role';
import { findPublishedForm } from '../db/published-forms';
import { testRuns, timingSessions } from '../db/metrics-collections';
import { mockLatency } from '../latency';
import { apiPath } from './api-path';
import { vietnamIsoString } from './dossier-code';
import { errorResponse, toIssues, type OrError } from './error-response';
import { addSample, buildMetrics, clearSample, ensureFirstStartSample } from './metrics-store';
import { readJson } from './read-json';

type SampleState = { present: boolean; sessions: number };

const sampleState = async (): Promise<SampleState> => {
  const sessions = (await timingSessions.list()).filter((session) => session.sample).length;
  return { present: sessions > 0, sessions };
};

/** The UX testers' data (role `tester`): sessions, ratings, test runs, and the synthetic sample. */
export const metricsHandlers = [
  http.get<PathParams, DefaultBodyType, OrError<Metrics>>(apiPath(metricsPath), async ({ request }) => {
    await mockLatency();
    const check = await requireRole(request, 'tester');
    if (!check.ok) return check.response;
    await ensureFirstStartSample(Date.now());
    return HttpResponse.json<Metrics>(await buildMetrics(Date.now()), { headers: { 'Cache-Control': 'no-store' } });
  }),

  http.post<PathParams, DefaultBodyType, OrError<SampleState>>(apiPath(metricsSamplePath), async ({ request }) => {
    await mockLatency();
    const check = await requireRole(request, 'tester');
    if (!check.ok) return check.response;
    await clearSample();
    await addSample(Date.now());
    return HttpResponse.json<SampleState>(await sampleState(), { status: 201 });
  }),

  http.delete<PathParams, DefaultBodyType, OrError<SampleState>>(apiPath(metricsSamplePath), async ({ request }) => {
    await mockLatency();
    const check = await requireRole(request, 'tester');
    if (!check.ok) return check.response;
    await clearSample();
    return HttpResponse.json<SampleState>(await sampleState());
  }),

  http.post<PathParams, DefaultBodyType, OrError<TestRun>>(apiPath(testRunsPath), async ({ request }) => {
    await mockLatency();
    const check = await requireRole(request, 'tester');
    if (!check.ok) return check.response;
    const json = await readJson(request);
    if (!json.ok) return errorResponse(400, 'invalid-json', 'The request body is not JSON');
    const parsed = createTestRunRequestSchema.safeParse(json.body);
    if (!parsed.success) return errorResponse(400, 'invalid-request', 'The test run does not match the contract', toIssues(parsed.error));
    if (!(await findPublishedForm(parsed.data.formId))) return errorResponse(422, 'unknown-form', `Form "${parsed.data.formId}" is not published`);
    const run: TestRun = {
      ...parsed.data,
      participants: [...new Set(parsed.data.participants)],
      id: crypto.randomUUID().slice(0, 8),
      createdAt: vietnamIsoString(new Date()),
      sample: false,
    };
    await testRuns.put(run.id, run);
    return HttpResponse.json<TestRun>(run, { status: 201 });
  }),

  http.get<PathParams, DefaultBodyType, OrError<TestRun[]>>(apiPath(testRunsPath), async ({ request }) => {
    await mockLatency();
    const check = await requireRole(request, 'tester');
    if (!check.ok) return check.response;
    return HttpResponse.json<TestRun[]>(await testRuns.list());
  }),
];
