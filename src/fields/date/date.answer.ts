import { z } from '@/lib/zod';
import { message } from '@/schema/validation-message';
import { today } from './date.clock';
import type { DateConfig } from './date.config';
import { ageOn, displayDate, readDate } from './date.parse';

const problem = (key: string, values?: Record<string, string | number>) => message(`fields:date.errors.${key}`, values);

/** First broken rule of a real date, checked against today's date. */
function ruleProblem(iso: string, config: DateConfig): string | undefined {
  const now = today();
  if (config.notInFuture && iso > now) return problem('future');
  if (config.notInPast && iso < now) return problem('past');
  if (config.min !== undefined && iso < config.min) return problem('min', { min: displayDate(config.min) });
  if (config.max !== undefined && iso > config.max) return problem('max', { max: displayDate(config.max) });
  const age = ageOn(iso, now);
  if (config.minAgeYears !== undefined && age < config.minAgeYears) return problem('ageTooLow', { years: config.minAgeYears });
  if (config.maxAgeYears !== undefined && age > config.maxAgeYears) return problem('ageTooHigh', { years: config.maxAgeYears });
  return undefined;
}

/** The answer is ISO when the typed text is a real date, else the raw text, which fails here. */
export const dateAnswerSchema = (config: DateConfig) =>
  z.string({ error: message('fields:common.errors.required') }).check(
    z.superRefine((value, ctx) => {
      const reading = readDate(value);
      const issue =
        reading.kind === 'empty'
          ? config.required ? message('fields:common.errors.required') : undefined
          : reading.kind === 'date'
            ? ruleProblem(reading.iso, config)
            : problem(reading.kind);
      if (issue) ctx.addIssue({ code: 'custom', message: issue });
    }),
  );
