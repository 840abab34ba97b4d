import { message } from '@/schema/validation-message';
import type { Locale } from '@/schema/localized-text';
import { checkedStringAnswer } from '../shared/string-answer';
import type { MoneyConfig } from './money.config';
import { formatMoney, parseMoney } from './money.parse';

const problem = (key: string, values?: Record<string, string | number>) =>
  message(`fields:money.errors.${key}`, values);

/** The answer is the amount as typed ('' = unanswered); it must read as whole đồng within range. */
export const moneyAnswerSchema = (config: MoneyConfig) =>
  checkedStringAnswer(config.required, (value) => {
    const amount = parseMoney(value);
    if (amount === undefined) return problem('notAmount');
    if (config.min !== undefined && amount < config.min) return problem('min', { min: config.min });
    if (config.max !== undefined && amount > config.max) return problem('max', { max: config.max });
    return undefined;
  });

export function formatMoneyAnswer(answer: string | undefined, locale: Locale): string {
  const text = (answer ?? '').trim();
  if (text === '') return '';
  const amount = parseMoney(text);
  return amount === undefined ? text : formatMoney(amount, locale);
}
