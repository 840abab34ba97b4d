import { z } from 'zod';
import { message } from '@/schema/validation-message';
import { localize, type Locale } from '@/schema/localized-text';
import type { NumberConfig } from './number.config';
import { parseLocaleNumber } from './number.parse';

const issue = (key: string, values?: Record<string, string | number>) => ({
  code: 'custom' as const,
  message: message(`fields:number.errors.${key}`, values),
});

/** The answer is the text as typed ('' = unanswered); it must read as a number within range. */
export const numberAnswerSchema = (config: NumberConfig) =>
  z.string({ error: message('fields:common.errors.required') }).superRefine((value, ctx) => {
    if (value.trim() === '') {
      if (config.required) ctx.addIssue({ code: 'custom', message: message('fields:common.errors.required') });
      return;
    }
    const parsed = parseLocaleNumber(value);
    if (!parsed) ctx.addIssue(issue('notNumber'));
    else if (parsed.decimals > config.decimals) {
      ctx.addIssue(config.decimals === 0 ? issue('notInteger') : issue('tooManyDecimals', { decimals: config.decimals }));
    } else if (config.min !== undefined && parsed.value < config.min) ctx.addIssue(issue('min', { min: config.min }));
    else if (config.max !== undefined && parsed.value > config.max) ctx.addIssue(issue('max', { max: config.max }));
  });

const intlLocale = (locale: Locale) => (locale === 'vi' ? 'vi-VN' : 'en-US');

/** "1.234,5 m²" in Vietnamese, "1,234.5 m²" in English; unreadable text is shown as typed. */
export function formatNumberAnswer(answer: string | undefined, config: NumberConfig, locale: Locale): string {
  const text = (answer ?? '').trim();
  if (text === '') return '';
  const parsed = parseLocaleNumber(text);
  if (!parsed) return text;
  const number = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 4 }).format(parsed.value);
  return config.unit ? `${number} ${localize(config.unit, locale)}` : number;
}
