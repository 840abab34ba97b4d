import { z } from '@/lib/zod';
import { formIdSchema } from '@/schema/ids';

/**
 * Session timing: the client reports typed events that explain where a citizen's time went;
 * the server keeps them per session and measures the authoritative login→submit time itself
 * (token issued → dossier accepted). Events carry ids and counts only — never an answer, a
 * name or a number that identifies a person.
 */
export const sessionsPath = '/sessions';
export const sessionEventsPath = (id: string): string => `${sessionsPath}/${encodeURIComponent(id)}/events`;

/** Epoch milliseconds of the client clock; `seq` orders events and makes re-sends harmless. */
const base = { seq: z.number().check(z.int(), z.minimum(0)), at: z.number().check(z.int(), z.minimum(0)) };
const ids = z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(500));
const pageId = z.string().check(z.minLength(1), z.maxLength(200));

export const timingEventSchema = z.discriminatedUnion('type', [
  /** The identity token's issue time: the start of the login→submit clock. */
  z.object({ ...base, type: z.literal('signed-in') }),
  z.object({ ...base, type: z.literal('form-opened'), formId: formIdSchema, formVersion: z.number().check(z.int(), z.minimum(1)) }),
  z.object({ ...base, type: z.literal('page-entered'), pageId }),
  z.object({ ...base, type: z.literal('page-left'), pageId }),
  /** The citizen's first change to a field (or their first change after an error was shown on it). */
  z.object({ ...base, type: z.literal('first-input'), fieldId: z.string().check(z.minLength(1), z.maxLength(200)) }),
  /** Any input since the last report, at most one every few seconds: separates active from idle time. */
  z.object({ ...base, type: z.literal('activity') }),
  z.object({ ...base, type: z.literal('validation-error'), pageId, fieldIds: ids }),
  z.object({ ...base, type: z.literal('prefill-resolved'), fieldIds: ids }),
  z.object({
    ...base,
    type: z.literal('submit-attempted'),
    answerCount: z.number().check(z.int(), z.minimum(0)),
    prefilledCount: z.number().check(z.int(), z.minimum(0)),
    /** Keystroke-Level-Model prediction of this form for what was pre-filled, in seconds. */
    predictedSeconds: z.number().check(z.minimum(0)),
  }),
  z.object({ ...base, type: z.literal('submit-acknowledged'), dossierCode: z.string().check(z.minLength(1), z.maxLength(100)) }),
]);
export type TimingEvent = z.infer<typeof timingEventSchema>;
export type TimingEventType = TimingEvent['type'];

/** A usability test run a session belongs to (from the participant's link). */
export const sessionRunSchema = z.object({
  runId: z.string().check(z.minLength(1), z.maxLength(100)),
  participant: z.string().check(z.minLength(1), z.maxLength(50)),
});
export type SessionRun = z.infer<typeof sessionRunSchema>;

/** `POST /sessions/:id/events`: a batch of a session's events (the session is created by its first batch). */
export const sessionEventsRequestSchema = z.object({
  formId: formIdSchema,
  formVersion: z.number().check(z.int(), z.minimum(1)),
  run: z.optional(sessionRunSchema),
  events: z.array(timingEventSchema).check(z.minLength(1), z.maxLength(1000)),
});
export type SessionEventsRequest = z.infer<typeof sessionEventsRequestSchema>;

export const sessionEventsResponseSchema = z.object({ sessionId: z.string(), stored: z.number().check(z.int(), z.minimum(0)) });
export type SessionEventsResponse = z.infer<typeof sessionEventsResponseSchema>;

/** Where a session's time went, folded from its events (see `session-timing/fold`). */
export const timingSummarySchema = z.object({
  /** Client view of login→submit (signed-in → acknowledged); the server's figure is authoritative. */
  loginToSubmitSeconds: z.optional(z.number().check(z.minimum(0))),
  activeSeconds: z.number().check(z.minimum(0)),
  idleSeconds: z.number().check(z.minimum(0)),
  pages: z.array(z.object({ pageId: z.string(), seconds: z.number().check(z.minimum(0)), visits: z.number().check(z.int(), z.minimum(0)) })),
  fieldsTyped: z.number().check(z.int(), z.minimum(0)),
  fieldsPrefilled: z.number().check(z.int(), z.minimum(0)),
  fieldsCorrected: z.number().check(z.int(), z.minimum(0)),
  validationErrors: z.number().check(z.int(), z.minimum(0)),
  /** Validation errors met per field id. */
  errorsByField: z.record(z.string(), z.number().check(z.int(), z.minimum(0))),
  predictedSeconds: z.optional(z.number().check(z.minimum(0))),
  submitted: z.boolean(),
  dossierCode: z.optional(z.string()),
});
export type TimingSummary = z.infer<typeof timingSummarySchema>;

/** QĐ 1565/QĐ-TTg: mean login→submit under 8 minutes in 2025, under 5 in 2026. */
export const loginToSubmitTargets = [
  { year: 2025, seconds: 480 },
  { year: 2026, seconds: 300 },
] as const;

/** An event before the recorder stamps it with its sequence number and time. */
export type TimingEventInput = TimingEvent extends infer E ? (E extends TimingEvent ? Omit<E, 'seq' | 'at'> : never) : never;
