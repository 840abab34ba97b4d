import { z } from '@/lib/zod';
import { defineCollection } from '../db/collection';

/** Whom a code or token stands for: the persona signed in and their số định danh. */
const subjectShape = { personaId: z.string(), soDinhDanh: z.string() };

/**
 * One-time authorization codes (`POST /auth/authorize`): bound to the persona, the client and
 * the redirect URI they were issued for; `usedFor` holds the token a code was exchanged for, so
 * a replayed code revokes it (RFC 6749 §4.1.2).
 */
export const authCodeSchema = z.object({
  ...subjectShape,
  clientId: z.string(),
  redirectUri: z.string(),
  expiresAt: z.number(),
  usedFor: z.optional(z.string()),
});
export type AuthCode = z.infer<typeof authCodeSchema>;
export const authCodes = defineCollection('auth-codes', authCodeSchema);

/**
 * Access tokens, kept in the mock database so a page reload keeps the session, as with a real
 * provider. Times are epoch milliseconds.
 */
export const accessTokenSchema = z.object({
  ...subjectShape,
  issuedAt: z.number(),
  expiresAt: z.number(),
  revoked: z.boolean(),
  /** `read`: a builder preview token, which may read the persona's records but never act for them. */
  scope: z._default(z.enum(['full', 'read']), 'full'),
});
export type AccessToken = z.infer<typeof accessTokenSchema>;
export const accessTokens = defineCollection('access-tokens', accessTokenSchema);
