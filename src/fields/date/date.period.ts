import type { DateConfig } from './date.config';

/**
 * The two flags as one choice: a date cannot be kept out of both the future and the past, so the
 * panel offers them as radios and never writes both.
 */
export const datePeriods = ['any', 'notInFuture', 'notInPast'] as const;
export type DatePeriod = (typeof datePeriods)[number];

export const datePeriodOf = (config: DateConfig): DatePeriod =>
  config.notInFuture ? 'notInFuture' : config.notInPast ? 'notInPast' : 'any';

/** The flags for a period; unset ones are absent rather than `false`. */
export const datePeriodFlags = (period: DatePeriod): Pick<DateConfig, 'notInFuture' | 'notInPast'> => ({
  notInFuture: period === 'notInFuture' ? true : undefined,
  notInPast: period === 'notInPast' ? true : undefined,
});
