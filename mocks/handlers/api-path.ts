import { env } from '@/config/env';

/** An MSW path under the API base the app calls, so a build served from a sub-path still matches. */
export const apiPath = (path: string): string => `${env.apiBaseUrl}${path}`;
