import { z } from '@/lib/zod';
import { testRunSchema } from '@/lib/api-contract/metrics';
import { rateDossierRequestSchema, ratingLevelSchema } from '@/lib/api-contract/ratings';
import { sessionRunSchema, timingEventSchema } from '@/lib/api-contract/sessions';
import { defineCollection } from './collection';

/**
 * A timing session as the backend keeps it: who (test account id, never a name), which form,
 * the test run it belongs to, and the client's events (ids and counts only).
 */
export const storedSessionSchema = z.object({
  id: z.string(),
  owner: z.string(),
  personaId: z.string(),
  formId: z.string(),
  formVersion: z.number().check(z.int()),
  run: z.optional(sessionRunSchema),
  /** Issue time of the token of the session's first batch (epoch ms). */
  tokenIssuedAt: z.number(),
  createdAt: z.string(),
  events: z.array(timingEventSchema),
  sample: z.boolean(),
});
export type StoredSession = z.infer<typeof storedSessionSchema>;
export const timingSessions = defineCollection('timing-sessions', storedSessionSchema);

/**
 * The authoritative login→submit of each dossier, measured where a real portal measures it:
 * on acceptance, from the issue time of the token that filed it.
 */
export const dossierTimingSchema = z.object({
  dossierCode: z.string(),
  formId: z.string(),
  procedureCode: z.string(),
  personaId: z.string(),
  tokenIssuedAt: z.number(),
  acceptedAt: z.number(),
  loginToSubmitSeconds: z.number().check(z.minimum(0)),
  sample: z.boolean(),
});
export type DossierTiming = z.infer<typeof dossierTimingSchema>;
export const dossierTimings = defineCollection('dossier-timings', dossierTimingSchema);

/** One rating per dossier (keyed by its code), by its owner. */
export const storedRatingSchema = z.object({
  dossierCode: z.string(),
  owner: z.string(),
  personaId: z.string(),
  formId: z.string(),
  procedureCode: z.string(),
  level: ratingLevelSchema,
  reason: rateDossierRequestSchema.shape.reason,
  easeOfUse: ratingLevelSchema,
  overallService: ratingLevelSchema,
  ratedAt: z.string(),
  updatedAt: z.string(),
  sample: z.boolean(),
});
export type StoredRating = z.infer<typeof storedRatingSchema>;
export const ratings = defineCollection('ratings', storedRatingSchema);

export const testRuns = defineCollection('test-runs', testRunSchema);

/** Whether the synthetic sample was ever added (first start adds it; clearing it is remembered). */
export const sampleFlags = defineCollection('metrics-sample', z.enum(['added', 'cleared']));
