import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { apiRequest } from '@/lib/api-client';
import { getAccessToken } from '@/lib/auth-token';
import {
  sessionEventsPath,
  sessionEventsResponseSchema,
  type SessionEventsRequest,
  type SessionRun,
  type TimingEvent,
  type TimingEventInput,
} from '@/lib/api-contract/sessions';

/** A session's events not yet accepted by the server, kept in IndexedDB so a reload loses none. */
interface Pending extends Omit<SessionEventsRequest, 'events'> {
  events: TimingEvent[];
}

let store: UseStore | undefined;
const pendingStore = (): UseStore => (store ??= createStore('bmdt-timing', 'pending'));

export type SendEvents = (sessionId: string, request: SessionEventsRequest) => Promise<unknown>;

const sendToApi: SendEvents = (sessionId, body) =>
  apiRequest(sessionEventsPath(sessionId), { method: 'POST', body, schema: sessionEventsResponseSchema });

export interface SessionMeta {
  formId: string;
  formVersion: number;
  run?: SessionRun | undefined;
}

const seqKey = (sessionId: string) => `bmdt.timing.seq.${sessionId}`;

/** Next sequence number of a session; kept in sessionStorage so a reload continues the count. */
function nextSeq(sessionId: string): number {
  try {
    const next = Number(sessionStorage.getItem(seqKey(sessionId)) ?? '0');
    sessionStorage.setItem(seqKey(sessionId), String(next + 1));
    return next;
  } catch {
    return Date.now();
  }
}

let queue: Promise<unknown> = Promise.resolve();
/** Stores and flushes run one after another: two batches never race on one record. */
const serial = <T>(task: () => Promise<T>): Promise<T> => {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
};

/** Appends an event to the session's pending batch (stamped with the clock and the next seq). */
export function recordEvent(sessionId: string, meta: SessionMeta, event: TimingEventInput, now = Date.now()): Promise<void> {
  const stamped = { ...event, seq: nextSeq(sessionId), at: now } as TimingEvent;
  return serial(async () => {
    const pending = (await get<Pending>(sessionId, pendingStore())) ?? { ...meta, events: [] };
    await set(sessionId, { ...pending, events: [...pending.events, stamped] }, pendingStore());
  }).catch(() => undefined);
}

/**
 * Sends every pending batch (this session's and those left by an earlier page load). A batch
 * leaves the store only once accepted; a failure keeps it for the next flush.
 */
export function flushPendingEvents(send: SendEvents = sendToApi): Promise<void> {
  // Signed out: the events wait for the next sign-in rather than draw a 401.
  if (send === sendToApi && getAccessToken() === undefined) return Promise.resolve();
  return serial(async () => {
    for (const [key, pending] of await entries<string, Pending>(pendingStore())) {
      if (pending.events.length === 0) continue;
      const { events, ...meta } = pending;
      try {
        await send(key, { ...meta, events: events.slice(0, 1000) });
      } catch {
        continue;
      }
      const now = await get<Pending>(key, pendingStore());
      const sent = new Set(events.slice(0, 1000).map((event) => event.seq));
      const left = (now?.events ?? []).filter((event) => !sent.has(event.seq));
      if (left.length === 0) await del(key, pendingStore());
      else await set(key, { ...pending, events: left }, pendingStore());
    }
  }).catch(() => undefined);
}

/** The pending events of a session (for tests and the tester's curiosity). */
export const pendingEvents = async (sessionId: string): Promise<TimingEvent[]> =>
  (await get<Pending>(sessionId, pendingStore()))?.events ?? [];
