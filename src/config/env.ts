import { z } from '@/lib/zod';

/** Removes trailing slashes so paths can always be appended as `${apiBaseUrl}/forms`. */
const withoutTrailingSlash = (url: string): string => url.replace(/\/+$/, '');

const rawEnvSchema = z.object({
  BASE_URL: z._default(z.string(), '/'),
  DEV: z._default(z.boolean(), false),
  MODE: z._default(z.string(), 'production'),
  VITE_API_BASE_URL: z.optional(z.string().check(z.trim())),
  VITE_ENABLE_MSW: z.optional(z.string()),
});

/** The settings the app reads from the build environment, parsed once. */
export interface Env {
  /** Where the API lives: a path on this origin (`/api`) or a full URL; never ends with a slash. */
  apiBaseUrl: string;
  /** Whether the app starts the MSW worker instead of talking to a real backend. */
  mocksEnabled: boolean;
  mode: string;
}

/**
 * Parses Vite's `import.meta.env`. The API base URL defaults to `api` under the app's base path
 * (so a build served from `/bieu-mau/` calls `/bieu-mau/api`); a real backend replaces the mocks
 * by setting `VITE_API_BASE_URL` and leaving `VITE_ENABLE_MSW` unset in a production build.
 */
export function parseEnv(raw: Record<string, unknown>): Env {
  const env = rawEnvSchema.parse(raw);
  const base = env.BASE_URL.endsWith('/') ? env.BASE_URL : `${env.BASE_URL}/`;
  const apiBaseUrl = env.VITE_API_BASE_URL ? env.VITE_API_BASE_URL : `${base}api`;
  return {
    apiBaseUrl: withoutTrailingSlash(apiBaseUrl),
    mocksEnabled: env.DEV || env.VITE_ENABLE_MSW === 'true',
    mode: env.MODE,
  };
}

export const env: Env = parseEnv(import.meta.env);

