import { z } from '@/lib/zod';

/**
 * Body of every error response of the API (mocks and real backends alike): a stable,
 * machine-readable `code` the app branches on, a message for logs (never shown to citizens,
 * who see translated texts), and, for rejected requests, what was wrong where.
 */
export const apiErrorBodySchema = z.object({
  code: z.string().check(z.minLength(1)),
  message: z.optional(z.string()),
  issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
