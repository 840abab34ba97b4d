import { z } from './zod';

/**
 * Installs zod's descriptive English issue messages ("Invalid input: expected string, received
 * undefined"), ≈ 1 KB gzip: called where people read raw issues (the builder, the mock backend),
 * so the citizen's bundle goes without them.
 */
export const installIssueMessages = (): void => {
  z.config(z.locales.en());
};
