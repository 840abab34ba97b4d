import { screen } from '@testing-library/react';
import { renderRenderer } from '@tests/utils/render-renderer';
import { firstIssueKey } from '../shared/first-issue';
import { phoneField } from '.';
import { phoneAnswerSchema } from './phone.answer';
import type { PhoneConfig } from './phone.config';
import { phoneExamples } from './phone.examples';
import { formatPhone } from './phone.number';

const mobileOnly: PhoneConfig = phoneExamples.default;
const withLandline: PhoneConfig = phoneExamples.officeLine;
const optionalMobile: PhoneConfig = { ...mobileOnly, required: false };

describe('phone answer', () => {
  it.each([
    ['Viettel 0912…', mobileOnly, '0912345678', ''],
    ['Viettel 032…', mobileOnly, '0321234567', ''],
    ['Vietnamobile 052…', mobileOnly, '0521234567', ''],
    ['MobiFone 070…', mobileOnly, '0701234567', ''],
    ['Itelecom 087…', mobileOnly, '0871234567', ''],
    ['Gmobile 099…', mobileOnly, '0991234567', ''],
    ['grouped with spaces', mobileOnly, '0912 345 678', ''],
    ['grouped with dots', mobileOnly, '0912.345.678', ''],
    ['grouped with dashes', mobileOnly, '0912-345-678', ''],
    ['international +84', mobileOnly, '+84 912 345 678', ''],
    ['international with (0)', mobileOnly, '+84 (0) 912 345 678', ''],
    ['a Hà Nội landline when allowed', withLandline, '024 3825 6789', ''],
    ['a Đà Nẵng landline when allowed', withLandline, '0236 382 1234', ''],
    ['a mobile when landlines are allowed', withLandline, '0912345678', ''],
    ['empty when optional', optionalMobile, '', ''],
    ['empty when required', mobileOnly, '', 'fields:common.errors.required'],
    ['letters', mobileOnly, '0912abc678', 'fields:phone.errors.notDigits'],
    ['9 digits', mobileOnly, '091234567', 'fields:phone.errors.length'],
    ['11 digits', mobileOnly, '09123456789', 'fields:phone.errors.length'],
    ['the leading 0 forgotten', mobileOnly, '912345678', 'fields:phone.errors.length'],
    ['unused prefix 095', mobileOnly, '0951234567', 'fields:phone.errors.prefix'],
    ['unused prefix 031', mobileOnly, '0311234567', 'fields:phone.errors.prefix'],
    ['old 11-digit 016x number', mobileOnly, '01681234567', 'fields:phone.errors.length'],
    ['a landline when not allowed', mobileOnly, '02438256789', 'fields:phone.errors.landline'],
    ['a short landline when allowed', withLandline, '0243825678', 'fields:phone.errors.lengthOrLandline'],
  ])('%s', (_case, config, answer, expected) => {
    expect(firstIssueKey(phoneAnswerSchema(config), answer)).toBe(expected);
  });

  it.each([
    ['0912345678', '0912 345 678'],
    ['+84912.345.678', '0912 345 678'],
    ['02438256789', '024 3825 6789'],
    ['0236 3821234', '0236 382 1234'],
    [' 12345 ', '12345'],
  ])('formats %j as %j', (answer, expected) => {
    expect(formatPhone(answer)).toBe(expected);
  });
});

describe('phone renderer', () => {
  it('asks for the phone keypad and autofill, and keeps the grouping typed', async () => {
    const { user, changes } = renderRenderer(phoneField, mobileOnly);
    const box = screen.getByRole('textbox', { name: 'Số điện thoại di động' });
    expect(box).toHaveAttribute('inputmode', 'tel');
    expect(box).toHaveAttribute('autocomplete', 'tel');
    await user.type(box, '0912 345 678');
    expect(changes.at(-1)).toBe('0912 345 678');
  });

  it('does not change a locked answer', async () => {
    const { user, changes } = renderRenderer(phoneField, mobileOnly, { value: '0912345678', readOnly: true });
    await user.type(screen.getByRole('textbox'), '9');
    expect(screen.getByRole('textbox')).toHaveValue('0912345678');
    expect(changes).toEqual([]);
  });
});
