import { z } from '@/lib/zod';
import { baseFieldShape } from '@/schema/base-field';
import { boundsInOrder } from '../shared/bounds';

export const dateConfigSchema = z
  .object({
    type: z.literal('date'),
    ...baseFieldShape,
    /** Earliest and latest accepted dates (ISO). */
    min: z.optional(z.iso.date()),
    max: z.optional(z.iso.date()),
    notInFuture: z.optional(z.boolean()),
    notInPast: z.optional(z.boolean()),
    /** For a date of birth: the person must be at least / at most this old today. */
    minAgeYears: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(150))),
    maxAgeYears: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(150))),
  })
  .check(
    z.refine(({ min, max }) => boundsInOrder(min, max), {
      error: 'min must not be after max',
      path: ['max'],
    }),
    z.refine(({ notInFuture, notInPast }) => !(notInFuture && notInPast), {
      error: 'A date cannot be neither in the future nor in the past',
      path: ['notInPast'],
    }),
    z.refine(({ minAgeYears, maxAgeYears }) => boundsInOrder(minAgeYears, maxAgeYears), {
      error: 'minAgeYears must not exceed maxAgeYears',
      path: ['maxAgeYears'],
    }),
  );
export type DateConfig = z.infer<typeof dateConfigSchema>;

export const createDateConfig = (id: string): DateConfig => ({
  type: 'date',
  id,
  label: { vi: 'Ngày', en: 'Date' },
  required: true,
});
