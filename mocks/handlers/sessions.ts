import { http, HttpResponse, type DefaultBodyType } from 'msw';
import {
  sessionEventsRequestSchema,
  sessionsPath,
  type SessionEventsResponse,
  type TimingEvent,
} from '@/lib/api-contract/sessions';
import { requireCitizen } from '../auth/require-citizen';
import { timingSessions } from '../db/metrics-collections';
import { createLock } from '../db/lock';
import { mockLatency } from '../latency';
import { apiPath } from './api-path';
import { vietnamIsoString } from './dossier-code';
import { errorResponse, toIssues, type OrError } from './error-response';
import { readJson } from './read-json';

const serialised = createLock();

const merge = (stored: readonly TimingEvent[], incoming: readonly TimingEvent[]): TimingEvent[] =>
  [...new Map([...stored, ...incoming].map((event) => [event.seq, event])).values()].sort((a, b) => a.seq - b.seq);

/**
 * `POST /sessions/:id/events`: a signed-in citizen's client reports where their time went. The
 * first batch creates the session with the issue time of the token that sent it; re-sent events
 * (same `seq`) are stored once; another account's session is not found.
 */
export const sessionHandlers = [
  http.post<{ id: string }, DefaultBodyType, OrError<SessionEventsResponse>>(apiPath(`${sessionsPath}/:id/events`), async ({ params, request }) => {
    await mockLatency();
    const check = await requireCitizen(request);
    if (!check.ok) return check.response;
    const json = await readJson(request);
    if (!json.ok) return errorResponse(400, 'invalid-json', 'The request body is not JSON');
    const parsed = sessionEventsRequestSchema.safeParse(json.body);
    if (!parsed.success) return errorResponse(400, 'invalid-request', 'The events do not match the contract', toIssues(parsed.error));
    const { id } = params;
    const { citizen } = check;
    return serialised(async () => {
      const stored = await timingSessions.get(id);
      if (stored && stored.owner !== citizen.soDinhDanh) return errorResponse(404, 'session-not-found', `No session "${id}"`);
      const events = merge(stored?.events ?? [], parsed.data.events);
      await timingSessions.put(id, {
        id,
        owner: citizen.soDinhDanh,
        personaId: citizen.personaId,
        formId: parsed.data.formId,
        formVersion: parsed.data.formVersion,
        ...(stored?.run ? { run: stored.run } : parsed.data.run ? { run: parsed.data.run } : {}),
        tokenIssuedAt: stored?.tokenIssuedAt ?? citizen.issuedAt,
        createdAt: stored?.createdAt ?? vietnamIsoString(new Date()),
        events,
        sample: false,
      });
      return HttpResponse.json<SessionEventsResponse>({ sessionId: id, stored: events.length }, { status: 202 });
    });
  }),
];
