import { z } from '@/lib/zod';
import { formIdSchema } from '@/schema/ids';
import { ratingLevelSchema } from './ratings';
import { timingEventSchema, timingSummarySchema } from './sessions';

/**
 * The UX testers' view of sessions and ratings (role `tester` only). Rows carry test-account
 * ids, form and page ids, times and counts; the only free text is a rating's reason.
 */
export const metricsPath = '/metrics';
export const metricsSamplePath = '/metrics/sample';
export const testRunsPath = '/test-runs';

const isoDateTime = z.iso.datetime({ offset: true });

export const sessionRowSchema = z.object({
  id: z.string(),
  /** Part of the labelled synthetic sample ("Dữ liệu mẫu"), not a real session. */
  sample: z.boolean(),
  formId: formIdSchema,
  procedureCode: z.string(),
  personaId: z.string(),
  runId: z.optional(z.string()),
  participant: z.optional(z.string()),
  startedAt: isoDateTime,
  dossierCode: z.optional(z.string()),
  /** Authoritative login→submit: the dossier's acceptance minus the issue of the token that filed it. */
  loginToSubmitSeconds: z.optional(z.number().check(z.minimum(0))),
  summary: timingSummarySchema,
  events: z.array(timingEventSchema),
});
export type SessionRow = z.infer<typeof sessionRowSchema>;

export const ratingRowSchema = z.object({
  dossierCode: z.string(),
  sample: z.boolean(),
  formId: formIdSchema,
  procedureCode: z.string(),
  personaId: z.string(),
  runId: z.optional(z.string()),
  participant: z.optional(z.string()),
  level: ratingLevelSchema,
  reason: z.optional(z.string()),
  easeOfUse: ratingLevelSchema,
  overallService: ratingLevelSchema,
  ratedAt: isoDateTime,
});
export type RatingRow = z.infer<typeof ratingRowSchema>;

export const createTestRunRequestSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  formId: formIdSchema,
  /** Codes the participants are known by (P01, P02…): never their names. */
  participants: z.array(z.string().check(z.trim(), z.regex(/^[A-Za-z0-9_-]{1,20}$/))).check(z.minLength(1), z.maxLength(100)),
});
export type CreateTestRunRequest = z.infer<typeof createTestRunRequestSchema>;

export const testRunSchema = z.extend(createTestRunRequestSchema, {
  id: z.string(),
  createdAt: isoDateTime,
  sample: z.boolean(),
});
export type TestRun = z.infer<typeof testRunSchema>;
export const testRunListSchema = z.array(testRunSchema);

/** `GET /metrics`: every session, rating and run; the dashboard filters and aggregates them. */
export const metricsSchema = z.object({
  sessions: z.array(sessionRowSchema),
  ratings: z.array(ratingRowSchema),
  runs: z.array(testRunSchema),
  sample: z.object({ present: z.boolean() }),
});
export type Metrics = z.infer<typeof metricsSchema>;

/** `POST`/`DELETE /metrics/sample`: add or clear the synthetic sample. */
export const sampleStateSchema = z.object({ present: z.boolean(), sessions: z.number().check(z.int(), z.minimum(0)) });
