import { z } from 'zod';
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
  runId: z.string().optional(),
  participant: z.string().optional(),
  startedAt: isoDateTime,
  dossierCode: z.string().optional(),
  /** Authoritative login→submit: the dossier's acceptance minus the issue of the token that filed it. */
  loginToSubmitSeconds: z.number().min(0).optional(),
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
  runId: z.string().optional(),
  participant: z.string().optional(),
  level: ratingLevelSchema,
  reason: z.string().optional(),
  easeOfUse: ratingLevelSchema,
  overallService: ratingLevelSchema,
  ratedAt: isoDateTime,
});
export type RatingRow = z.infer<typeof ratingRowSchema>;

export const createTestRunRequestSchema = z.object({
  name: z.string().trim().min(1).max(200),
  formId: formIdSchema,
  /** Codes the participants are known by (P01, P02…): never their names. */
  participants: z.array(z.string().trim().regex(/^[A-Za-z0-9_-]{1,20}$/)).min(1).max(100),
});
export type CreateTestRunRequest = z.infer<typeof createTestRunRequestSchema>;

export const testRunSchema = createTestRunRequestSchema.extend({
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
export const sampleStateSchema = z.object({ present: z.boolean(), sessions: z.number().int().min(0) });
