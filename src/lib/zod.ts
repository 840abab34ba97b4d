import { z } from 'zod/mini';

/**
 * The one zod of the app: `zod/mini`, whose functions tree-shake, unlike classic zod's method
 * chains (≈ 27 KB gzip of the citizen entry; mini costs ≈ 11 KB for what we use). Write
 * `z.optional(x)`, `z._default(x, v)`, `x.check(z.minLength(1), z.superRefine(…))`.
 *
 * Classic zod installs English messages on its own; mini installs none, so an issue without a
 * message of ours (a missing key, a wrong type) would read a bare "Invalid input". English is
 * installed here, once (≈ 1 KB gzip), so authors, logs and error responses keep zod's
 * descriptive messages ("Invalid input: expected string, received undefined"). Import `z` from
 * this module, never from 'zod' or 'zod/mini' directly.
 */
z.config(z.locales.en());

export { z };
