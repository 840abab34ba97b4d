import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { renderRenderer } from '@tests/utils/render-renderer';
import { firstIssue, firstIssueKey } from '../shared/first-issue';
import { numberField } from '.';
import { formatNumberAnswer, numberAnswerSchema } from './number.answer';
import type { NumberConfig } from './number.config';
import { numberExamples } from './number.examples';
import { parseLocaleNumber } from './number.parse';

const people: NumberConfig = numberExamples.default;
const area: NumberConfig = numberExamples.area;
const optional: NumberConfig = numberExamples.optionalFloors;

describe('parseLocaleNumber', () => {
  it.each([
    ['1234', 1234, 0],
    ['1.234', 1234, 0],
    ['1 234 567', 1234567, 0],
    ['1234,5', 1234.5, 1],
    ['1.234,56', 1234.56, 2],
    ['72.5', 72.5, 1],
    ['0.500', 0.5, 1],
    ['1,50', 1.5, 1],
    ['-3', -3, 0],
    [' 12 ', 12, 0],
  ])('%j reads as %d with %d decimals', (text, value, decimals) => {
    expect(parseLocaleNumber(text)).toEqual({ value, decimals });
  });

  it.each(['', 'abc', '12a', '1,2,3', '1.23.4', '12.34.567', '1 23', ',5', '1,', '++1'])('%j is not a number', (text) => {
    expect(parseLocaleNumber(text)).toBeUndefined();
  });
});

describe('number answer', () => {
  it.each([
    ['a whole number in range', people, '4', ''],
    ['the minimum', people, '1', ''],
    ['the maximum', people, '50', ''],
    ['a decimal comma', area, '120,5', ''],
    ['a grouped decimal', area, '1.234,5', ''],
    ['empty when optional', optional, '', ''],
    ['empty when required', people, '', 'fields:common.errors.required'],
    ['spaces when required', people, '  ', 'fields:common.errors.required'],
    ['letters', people, 'bốn', 'fields:number.errors.notNumber'],
    ['a fraction for a whole number', people, '2,5', 'fields:number.errors.notInteger'],
    ['too many decimals', area, '120,55', 'fields:number.errors.tooManyDecimals'],
    ['below the minimum', people, '0', 'fields:number.errors.min'],
    ['above the maximum', people, '51', 'fields:number.errors.max'],
    ['negative', area, '-5', 'fields:number.errors.min'],
  ])('%s', (_case, config, answer, expected) => {
    expect(firstIssueKey(numberAnswerSchema(config), answer)).toBe(expected);
  });

  it('names the limit in the message, written the local way', () => {
    const issue = firstIssue(numberAnswerSchema({ ...area, max: 1000000 }), '2.000.000');
    expect(issue).toEqual({ key: 'fields:number.errors.max', values: { max: 1000000 } });
    const text = (lng: string) => i18next.t(issue?.key ?? '', { ...issue?.values, label: 'Diện tích', lng });
    expect(text('vi')).toBe('Diện tích không được lớn hơn 1.000.000');
    expect(text('en')).toBe('Diện tích must be 1,000,000 or less');
    const decimals = firstIssue(numberAnswerSchema(area), '1,25');
    expect(i18next.t(decimals?.key ?? '', { ...decimals?.values, label: 'Diện tích' })).toBe(
      'Diện tích chỉ được có tối đa 1 chữ số sau dấu phẩy',
    );
  });

  it.each([
    ['1234,5', 'vi', '1.234,5 m²'],
    ['1234,5', 'en', '1,234.5 m²'],
    ['72.5', 'vi', '72,5 m²'],
    ['không rõ', 'vi', 'không rõ'],
    ['', 'vi', ''],
  ] as const)('formats %j in %s as %j', (answer, locale, expected) => {
    expect(formatNumberAnswer(answer, area, locale)).toBe(expected);
  });
});

describe('number renderer', () => {
  it('shows the unit beside the box and keeps what was typed', async () => {
    const { user, changes } = renderRenderer(numberField, area);
    const box = screen.getByRole('textbox', { name: 'Diện tích thửa đất' });
    expect(box).toHaveAttribute('inputmode', 'decimal');
    expect(box).toHaveAccessibleDescription('m²');
    await user.type(box, '1.234,5');
    expect(box).toHaveValue('1.234,5');
    expect(changes.at(-1)).toBe('1.234,5');
  });

  it('offers the digit keyboard for whole numbers', () => {
    renderRenderer(numberField, optional);
    expect(screen.getByRole('textbox', { name: 'Số tầng' })).toHaveAttribute('inputmode', 'numeric');
  });

  it('does not change a locked answer', async () => {
    const { user, changes } = renderRenderer(numberField, people, { value: '4', readOnly: true });
    await user.type(screen.getByRole('textbox'), '5');
    expect(screen.getByRole('textbox')).toHaveValue('4');
    expect(changes).toEqual([]);
  });

  it('turns a registry number into Vietnamese notation when pre-filled', () => {
    expect(numberField.prefill?.coerce(120.5, area)).toBe('120,5');
    expect(numberField.prefill?.coerce(null, area)).toBeUndefined();
  });
});
