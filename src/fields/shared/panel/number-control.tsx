import type { Locale } from '@/schema/localized-text';
import { DraftControl } from './draft-control';
import type { Reading } from './use-draft';
import './panel.messages';

/** Digits with an optional sign and one decimal separator; Vietnamese writes "0,5", English "0.5". */
const numberShape = /^-?(\d+([.,]\d*)?|[.,]\d+)$/;

/** A typed number, or `empty` for a blank box; whole-number and range rules are the schema's. */
export function readNumber(text: string): Reading<number> | { empty: true } {
  const compact = text.replace(/\s/g, '');
  if (compact === '') return { empty: true };
  if (!numberShape.test(compact)) return { error: 'common.panel.errors.number' };
  return { value: Number(compact.replace(',', '.')) };
}

const formatNumber = (value: number | undefined): string => (value === undefined ? '' : String(value));

interface NumberControlProps<T extends number | undefined> {
  label: string;
  hint?: string | undefined;
  value: T;
  onChange(value: T): void;
  locale: Locale;
}

/** A number the config must have: a blank box is kept, with a message, until a number is typed. */
export function NumberControl(props: NumberControlProps<number>) {
  const read = (text: string): Reading<number> => {
    const reading = readNumber(text);
    return 'empty' in reading ? { error: 'common.panel.errors.numberRequired' } : reading;
  };
  return <DraftControl {...props} format={formatNumber} read={read} inputMode="decimal" narrow />;
}

/** An optional number: clearing the box removes the bound (never NaN, never 0). */
export function OptionalNumberControl(props: NumberControlProps<number | undefined>) {
  const read = (text: string): Reading<number | undefined> => {
    const reading = readNumber(text);
    return 'empty' in reading ? { value: undefined } : reading;
  };
  return <DraftControl {...props} format={formatNumber} read={read} inputMode="decimal" narrow />;
}
