import { z } from 'zod';
import { message } from '@/schema/validation-message';
import type { Locale } from '@/schema/localized-text';
import type { MoneyConfig } from './money.config';
import { formatMoney, parseMoney } from './money.parse';

const issue = (key: string, values?: Record<string, string | number>) => ({
  code: 'custom' as const,
  message: message(`fields:money.errors.${key}`, values),
});

/** The answer is the amount as typed ('' = unanswered); it must read as whole đồng within range. */
export const moneyAnswerSchema = (config: MoneyConfig) =>
  z.string({ error: message('fields:common.errors.required') }).superRefine((value, ctx) => {
    if (value.trim() === '') {
      if (config.required) ctx.addIssue({ code: 'custom', message: message('fields:common.errors.required') });
      return;
    }
    const amount = parseMoney(value);
    if (amount === undefined) ctx.addIssue(issue('notAmount'));
    else if (config.min !== undefined && amount < config.min) ctx.addIssue(issue('min', { min: config.min }));
    else if (config.max !== undefined && amount > config.max) ctx.addIssue(issue('max', { max: config.max }));
  });

export function formatMoneyAnswer(answer: string | undefined, locale: Locale): string {
  const text = (answer ?? '').trim();
  if (text === '') return '';
  const amount = parseMoney(text);
  return amount === undefined ? text : formatMoney(amount, locale);
}
