import { z } from 'zod';
import { baseFieldShape } from '@/schema/base-field';
import { boundsInOrder } from '../shared/bounds';

export const dateConfigSchema = z
  .object({
    type: z.literal('date'),
    ...baseFieldShape,
    /** Earliest and latest accepted dates (ISO). */
    min: z.iso.date().optional(),
    max: z.iso.date().optional(),
    notInFuture: z.boolean().optional(),
    notInPast: z.boolean().optional(),
    /** For a date of birth: the person must be at least / at most this old today. */
    minAgeYears: z.number().int().min(0).max(150).optional(),
    maxAgeYears: z.number().int().min(0).max(150).optional(),
  })
  .refine(({ min, max }) => boundsInOrder(min, max), {
    error: 'min must not be after max',
    path: ['max'],
  })
  .refine(({ notInFuture, notInPast }) => !(notInFuture && notInPast), {
    error: 'A date cannot be neither in the future nor in the past',
    path: ['notInPast'],
  })
  .refine(({ minAgeYears, maxAgeYears }) => boundsInOrder(minAgeYears, maxAgeYears), {
    error: 'minAgeYears must not exceed maxAgeYears',
    path: ['maxAgeYears'],
  });
export type DateConfig = z.infer<typeof dateConfigSchema>;

export const createDateConfig = (id: string): DateConfig => ({
  type: 'date',
  id,
  label: { vi: 'Ngày', en: 'Date' },
  required: true,
});
