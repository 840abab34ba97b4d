import type { TimingEvent, TimingSummary } from '@/lib/api-contract/sessions';

/** No input for this long and the citizen counts as idle (the rest of the gap). */
export const idleAfterMs = 60_000;

/** A session without submission is over this long after its last event (the citizen left). */
export const abandonAfterMs = 30 * 60_000;

export interface FoldOptions {
  /** The clock: where an unfinished session's last page and idle time end. Injected for tests. */
  now: number;
  idleAfterMs?: number;
}

/** Events that show the citizen doing something (inputs, navigation, pressing continue or submit). */
const interactive = new Set<TimingEvent['type']>(['form-opened', 'page-entered', 'page-left', 'first-input', 'activity', 'validation-error', 'submit-attempted']);

const seconds = (ms: number): number => Math.round(ms / 100) / 10;

/**
 * Folds a session's events into where its time went. Pure: same events and clock, same summary.
 * - login→submit: `signed-in` → `submit-acknowledged` (the client's view; the server measures its own);
 * - active/idle: between consecutive interactions, the first `idleAfterMs` of a gap count as
 *   active (reading, thinking), the rest as idle; the span ends at acknowledgement, else at `now`
 *   or 30 minutes after the last event, whichever comes first (an abandoned session);
 * - time per page: `page-entered` → `page-left` (or the next entry, or the end), summed over visits;
 * - typed: fields with a first input; pre-filled: fields the registries filled; corrected: fields
 *   changed again after an error was shown on them; errors: fields listed by each error shown.
 */
export function foldTimingEvents(events: readonly TimingEvent[], options: FoldOptions): TimingSummary {
  const limit = options.idleAfterMs ?? idleAfterMs;
  const sorted = [...new Map(events.map((event) => [event.seq, event])).values()].sort((a, b) => a.at - b.at || a.seq - b.seq);
  const signedIn = sorted.find((event) => event.type === 'signed-in');
  const acknowledged = sorted.find((event) => event.type === 'submit-acknowledged');
  const last = sorted.at(-1)?.at ?? options.now;
  const end = acknowledged?.at ?? Math.max(last, Math.min(options.now, last + abandonAfterMs));

  let active = 0;
  let idle = 0;
  let previous: number | undefined;
  const spend = (from: number, to: number) => {
    const gap = Math.max(0, to - from);
    active += Math.min(gap, limit);
    idle += Math.max(0, gap - limit);
  };
  for (const event of sorted) {
    if (!interactive.has(event.type) || (acknowledged && event.at > acknowledged.at)) continue;
    if (previous !== undefined) spend(previous, event.at);
    previous = event.at;
  }
  if (previous !== undefined) spend(previous, end);

  const pages = new Map<string, { seconds: number; visits: number }>();
  let open: { pageId: string; at: number } | undefined;
  const close = (at: number) => {
    if (!open) return;
    const page = pages.get(open.pageId) ?? { seconds: 0, visits: 0 };
    pages.set(open.pageId, { seconds: page.seconds + Math.max(0, at - open.at), visits: page.visits + 1 });
    open = undefined;
  };

  const typed = new Set<string>();
  const prefilled = new Set<string>();
  const corrected = new Set<string>();
  const erroneous = new Set<string>();
  const errorsByField: Record<string, number> = {};
  let validationErrors = 0;
  let predictedSeconds: number | undefined;

  for (const event of sorted) {
    if (acknowledged && event.at > acknowledged.at) break;
    switch (event.type) {
      case 'page-entered':
        close(event.at);
        open = { pageId: event.pageId, at: event.at };
        break;
      case 'page-left':
        if (open?.pageId === event.pageId) close(event.at);
        break;
      case 'first-input':
        if (erroneous.has(event.fieldId)) {
          corrected.add(event.fieldId);
          erroneous.delete(event.fieldId);
        }
        typed.add(event.fieldId);
        break;
      case 'validation-error':
        for (const fieldId of event.fieldIds) {
          erroneous.add(fieldId);
          errorsByField[fieldId] = (errorsByField[fieldId] ?? 0) + 1;
          validationErrors += 1;
        }
        break;
      case 'prefill-resolved':
        event.fieldIds.forEach((fieldId) => prefilled.add(fieldId));
        break;
      case 'submit-attempted':
        predictedSeconds = event.predictedSeconds;
        break;
      default:
        break;
    }
  }
  close(end);

  return {
    ...(signedIn && acknowledged ? { loginToSubmitSeconds: seconds(acknowledged.at - signedIn.at) } : {}),
    activeSeconds: seconds(active),
    idleSeconds: seconds(idle),
    pages: [...pages].map(([pageId, page]) => ({ pageId, seconds: seconds(page.seconds), visits: page.visits })),
    fieldsTyped: typed.size,
    fieldsPrefilled: prefilled.size,
    fieldsCorrected: corrected.size,
    validationErrors,
    errorsByField,
    ...(predictedSeconds === undefined ? {} : { predictedSeconds }),
    submitted: acknowledged !== undefined,
    ...(acknowledged ? { dossierCode: acknowledged.dossierCode } : {}),
  };
}
