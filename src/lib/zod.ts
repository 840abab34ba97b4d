import { z } from 'zod/mini';

/**
 * The one zod of the app: `zod/mini`, whose functions tree-shake, unlike classic zod's method
 * chains (≈ 27 KB gzip of the citizen entry; mini costs ≈ 11 KB for what we use). Write
 * `z.optional(x)`, `z._default(x, v)`, `x.check(z.minLength(1), z.superRefine(…))`.
 *
 * Classic zod installs English messages on its own; mini installs none, so an issue without a
 * message of ours (a missing key, a wrong type) reads a bare "Invalid input". zod's descriptive
 * English ("Invalid input: expected string, received undefined", ≈ 1 KB gzip) is installed where
 * people read raw issues: the builder and the mock backend (`zod-issue-messages.ts`). A citizen
 * never reads them (a broken schema's page lists the paths). Import `z` from this module, never
 * from 'zod' or 'zod/mini' directly.
 */

export { z };
