import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { renderRenderer } from '@tests/utils/render-renderer';
import { firstIssue, firstIssueKey } from '../shared/first-issue';
import { moneyField } from '.';
import { formatMoneyAnswer, moneyAnswerSchema } from './money.answer';
import type { MoneyConfig } from './money.config';
import { moneyExamples } from './money.examples';
import { parseMoney } from './money.parse';

const config: MoneyConfig = moneyExamples.default;
const optional: MoneyConfig = moneyExamples.optionalCapital;

describe('parseMoney', () => {
  it.each([
    ['1500000', 1500000],
    ['1.500.000', 1500000],
    ['1 500 000', 1500000],
    ['1,500,000', 1500000],
    ['1.500.000đ', 1500000],
    ['1.500.000 ₫', 1500000],
    ['200.000 đồng', 200000],
    ['5000000 VND', 5000000],
    ['0', 0],
  ])('%j is %d đồng', (text, amount) => {
    expect(parseMoney(text)).toBe(amount);
  });

  it.each(['', 'một triệu', '1.500.000,50', '1.50.000', '1.500,000', '-500', '12.3', '1234567890123456'])(
    '%j is not an amount',
    (text) => {
      expect(parseMoney(text)).toBeUndefined();
    },
  );
});

describe('money answer', () => {
  it.each([
    ['plain digits', config, '1500000', ''],
    ['grouped with dots', config, '1.500.000', ''],
    ['grouped with spaces', config, '1 500 000', ''],
    ['the minimum', config, '1.000', ''],
    ['empty when optional', optional, '', ''],
    ['empty when required', config, '', 'fields:common.errors.required'],
    ['words', config, 'một triệu', 'fields:money.errors.notAmount'],
    ['hào (decimals)', config, '1.500.000,5', 'fields:money.errors.notAmount'],
    ['broken grouping', config, '15.00.000', 'fields:money.errors.notAmount'],
    ['below the minimum', config, '999', 'fields:money.errors.min'],
    ['above the maximum', config, '10.000.000.001', 'fields:money.errors.max'],
  ])('%s', (_case, fieldConfig, answer, expected) => {
    expect(firstIssueKey(moneyAnswerSchema(fieldConfig), answer)).toBe(expected);
  });

  it('names the limit in đồng, in each language', () => {
    const issue = firstIssue(moneyAnswerSchema(config), '500');
    const text = (lng: string) => i18next.t(issue?.key ?? '', { ...issue?.values, label: 'Số tiền', lng });
    expect(text('vi')).toBe('Số tiền phải từ 1.000 đồng trở lên');
    expect(text('en')).toBe('Số tiền must be VND 1,000 or more');
  });

  it.each([
    ['1500000', 'vi', '1.500.000\u00a0₫'],
    ['1 500 000', 'en', 'VND\u00a01,500,000'],
    ['một triệu', 'vi', 'một triệu'],
    ['', 'en', ''],
  ] as const)('formats %j in %s as %j', (answer, locale, expected) => {
    expect(formatMoneyAnswer(answer, locale)).toBe(expected);
  });
});

describe('money renderer', () => {
  it('groups the digits when the citizen leaves the box', async () => {
    const { user, changes } = renderRenderer(moneyField, config);
    const box = screen.getByRole('textbox', { name: 'Số tiền đề nghị' });
    expect(box).toHaveAccessibleDescription('đồng');
    await user.type(box, '1500000');
    expect(box).toHaveValue('1500000');
    await user.tab();
    expect(box).toHaveValue('1.500.000');
    expect(changes.at(-1)).toBe('1.500.000');
  });

  it('leaves text it cannot read as typed, for the error message to explain', async () => {
    const { user } = renderRenderer(moneyField, config);
    const box = screen.getByRole('textbox', { name: 'Số tiền đề nghị' });
    await user.type(box, '1,5 triệu');
    await user.tab();
    expect(box).toHaveValue('1,5 triệu');
  });

  it('does not change a locked answer', async () => {
    const { user, changes } = renderRenderer(moneyField, config, { value: '2000000', readOnly: true });
    const box = screen.getByRole('textbox');
    await user.type(box, '9');
    await user.tab();
    expect(box).toHaveValue('2000000');
    expect(changes).toEqual([]);
  });

  it('pre-fills a registry amount in Vietnamese grouping', () => {
    expect(moneyField.prefill?.coerce(1500000, config)).toBe('1.500.000');
    expect(moneyField.prefill?.coerce(-1, config)).toBeUndefined();
  });
});
