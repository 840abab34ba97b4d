import { numberFormat } from '@/lib/intl-formats';
import { message } from '@/schema/validation-message';
import { localize, type Locale } from '@/schema/localized-text';
import { checkedStringAnswer } from '../shared/string-answer';
import type { NumberConfig } from './number.config';
import { parseLocaleNumber } from './number.parse';

const problem = (key: string, values?: Record<string, string | number>) =>
  message(`fields:number.errors.${key}`, values);

/** The answer is the text as typed ('' = unanswered); it must read as a number within range. */
export const numberAnswerSchema = (config: NumberConfig) =>
  checkedStringAnswer(config.required, (value) => {
    const parsed = parseLocaleNumber(value);
    if (!parsed) return problem('notNumber');
    if (parsed.decimals > config.decimals) {
      return config.decimals === 0 ? problem('notInteger') : problem('tooManyDecimals', { decimals: config.decimals });
    }
    if (config.min !== undefined && parsed.value < config.min) return problem('min', { min: config.min });
    if (config.max !== undefined && parsed.value > config.max) return problem('max', { max: config.max });
    return undefined;
  });

const intlLocale = (locale: Locale) => (locale === 'vi' ? 'vi-VN' : 'en-US');

/** "1.234,5 m²" in Vietnamese, "1,234.5 m²" in English; unreadable text is shown as typed. */
export function formatNumberAnswer(answer: string | undefined, config: NumberConfig, locale: Locale): string {
  const text = (answer ?? '').trim();
  if (text === '') return '';
  const parsed = parseLocaleNumber(text);
  if (!parsed) return text;
  const number = numberFormat(intlLocale(locale), { maximumFractionDigits: 4 }).format(parsed.value);
  return config.unit ? `${number} ${localize(config.unit, locale)}` : number;
}
