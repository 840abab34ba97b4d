import { z } from '@/lib/zod';
import { isoDateSchema, personalIdSchema } from './registry-common';

/**
 * The national identity provider (VNeID-like), OAuth 2.0 authorization-code flow:
 * the app sends the citizen to `/dang-nhap/vneid?…` (the provider's sign-in page), which returns
 * to `/dang-nhap/callback?code&state`; the app exchanges the code at `POST /auth/token`.
 */
export const authorizePath = '/auth/authorize';
export const tokenPath = '/auth/token';
export const userInfoPath = '/auth/userinfo';
export const logoutPath = '/auth/logout';
export const personasPath = '/auth/personas';

/** Identity assurance level: 1 (self-registered) or 2 (enrolled in person, fingerprints). */
export const identityLevelSchema = z.union([z.literal(1), z.literal(2)]);

/** `POST /auth/authorize` — the provider's own sign-in form (mocked): who signs in. */
export const authorizeRequestSchema = z.object({
  persona: z.string().check(z.minLength(1)),
  clientId: z.string().check(z.minLength(1)),
  redirectUri: z.string().check(z.minLength(1)),
  state: z.string().check(z.minLength(8)),
});
export const authorizeResponseSchema = z.object({ code: z.string().check(z.minLength(16)), state: z.string() });

/** `POST /auth/token` — code for a bearer token. `issuedAt` starts the login→submit clock. */
export const tokenRequestSchema = z.object({
  grantType: z.literal('authorization_code'),
  code: z.string().check(z.minLength(16)),
  redirectUri: z.string().check(z.minLength(1)),
});
export const tokenResponseSchema = z.object({
  accessToken: z.string().check(z.minLength(32)),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().check(z.int(), z.positive()),
  issuedAt: z.iso.datetime({ offset: true }),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

/** `GET /auth/userinfo` — the claims of the signed-in citizen (VNeID/DVCQG style). */
export const userInfoSchema = z.object({
  sub: z.string(),
  soDinhDanh: personalIdSchema,
  hoVaTen: z.string().check(z.minLength(1)),
  ngayThangNamSinh: isoDateSchema,
  gioiTinh: z.enum(['nam', 'nu']),
  soDienThoai: z.optional(z.string()),
  thuDienTu: z.optional(z.string()),
  /** 1 or 2 */
  ial: identityLevelSchema,
  /** Roles beyond citizen (form author, UX tester) for the staff tools. */
  roles: z._default(z.array(z.enum(['citizen', 'author', 'tester'])), ['citizen']),
});
export type UserInfo = z.infer<typeof userInfoSchema>;

/** `GET /auth/personas` — the mocked provider's test accounts (a tester picks one). */
export const personaSummarySchema = z.object({
  id: z.string(),
  hoVaTen: z.string(),
  soDinhDanh: personalIdSchema,
  ial: identityLevelSchema,
  story: z.object({ vi: z.string(), en: z.string() }),
});
export const personaListSchema = z.object({ personas: z.array(personaSummarySchema) });
export type PersonaSummary = z.infer<typeof personaSummarySchema>;
