import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { renderRenderer } from '@tests/utils/render-renderer';
import { firstIssue, firstIssueKey } from '../shared/first-issue';
import { dateField } from '.';
import { dateAnswerSchema } from './date.answer';
import { today } from './date.clock';
import type { DateConfig } from './date.config';
import { dateExamples } from './date.examples';
import { ageOn, dateAnswerFromText } from './date.parse';

const issued: DateConfig = dateExamples.default;
const birth: DateConfig = dateExamples.dateOfBirth;
const appointment: DateConfig = dateExamples.appointment;
const plain: DateConfig = { type: 'date', id: 'ngay', label: { vi: 'Ngày' }, required: true };

beforeEach(() => {
  vi.setSystemTime(new Date(2026, 2, 15, 9, 30));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('reading typed dates', () => {
  it.each([
    ['27/03/2019', '2019-03-27'],
    ['7/3/2019', '2019-03-07'],
    ['27.03.2019', '2019-03-27'],
    ['27-03-2019', '2019-03-27'],
    ['27 03 2019', '2019-03-27'],
    ['27032019', '2019-03-27'],
    ['2019-03-27', '2019-03-27'],
    ['29/02/2024', '2024-02-29'],
    ['31/02/2019', '31/02/2019'],
    ['27/3/19', '27/3/19'],
    ['hôm qua', 'hôm qua'],
  ])('%j is kept as %j', (typed, answer) => {
    expect(dateAnswerFromText(typed)).toBe(answer);
  });

  it('reads today from the injected clock', () => {
    expect(today()).toBe('2026-03-15');
  });

  it.each([
    ['2008-03-15', '2026-03-15', 18],
    ['2008-03-16', '2026-03-15', 17],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
  ])('someone born %s is %d on %s', (birthIso, onIso, age) => {
    expect(ageOn(birthIso, onIso)).toBe(age);
  });
});

describe('date answer', () => {
  it.each([
    ['a real date', plain, '2019-03-27', ''],
    ['a leap day', plain, '2024-02-29', ''],
    ['empty when optional', appointment, '', ''],
    ['today when not in the future', issued, '2026-03-15', ''],
    ['today when not in the past', appointment, '2026-03-15', ''],
    ['18 today', birth, '2008-03-15', ''],
    ['empty when required', plain, '', 'fields:common.errors.required'],
    ['words', plain, 'hôm qua', 'fields:date.errors.invalidFormat'],
    ['a two-digit year', plain, '27/3/19', 'fields:date.errors.invalidFormat'],
    ['31 February', plain, '31/02/2019', 'fields:date.errors.notReal'],
    ['29 February of a common year', plain, '29/02/2023', 'fields:date.errors.notReal'],
    ['month 13', plain, '01/13/2019', 'fields:date.errors.notReal'],
    ['tomorrow when not in the future', issued, '2026-03-16', 'fields:date.errors.future'],
    ['yesterday when not in the past', appointment, '2026-03-14', 'fields:date.errors.past'],
    ['before the minimum', issued, '1945-09-01', 'fields:date.errors.min'],
    ['after the maximum', { ...plain, max: '2025-12-31' }, '2026-01-01', 'fields:date.errors.max'],
    ['17 tomorrow turns 18', birth, '2008-03-16', 'fields:date.errors.ageTooLow'],
    ['older than the maximum age', birth, '1905-03-14', 'fields:date.errors.ageTooHigh'],
  ])('%s', (_case, config, answer, expected) => {
    expect(firstIssueKey(dateAnswerSchema(config), answer)).toBe(expected);
  });

  it('names limits as dd/mm/yyyy and ages in years', () => {
    const min = firstIssue(dateAnswerSchema(issued), '1900-01-01');
    expect(i18next.t(min?.key ?? '', { ...min?.values, label: 'Ngày cấp' })).toBe('Ngày cấp phải từ ngày 02/09/1945 trở về sau');
    const age = firstIssue(dateAnswerSchema(birth), '2010-01-01');
    expect(i18next.t(age?.key ?? '', { ...age?.values, labelLower: 'ngày sinh' })).toBe(
      'Theo ngày sinh đã nhập, người này chưa đủ 18 tuổi',
    );
  });

  it('shows answers as dd/mm/yyyy and anything else as typed', () => {
    const context = { locale: 'vi' as const, t: String, formatField: () => '' };
    expect(dateField.formatAnswer('2019-03-27', plain, context)).toBe('27/03/2019');
    expect(dateField.formatAnswer('31/02/2019', plain, context)).toBe('31/02/2019');
  });

  it.each([
    ['1990-05-02', '1990-05-02'],
    ['1990-05-02T00:00:00+07:00', '1990-05-02'],
    ['02/05/1990', '1990-05-02'],
    ['1990-02-30', undefined],
    [19900502, undefined],
  ])('pre-fills %j as %j', (raw, expected) => {
    expect(dateField.prefill?.coerce(raw, plain)).toBe(expected);
  });
});

describe('date renderer', () => {
  it('gives an example and stores a real date as ISO', async () => {
    const { user, changes } = renderRenderer(dateField, birth);
    const box = screen.getByRole('textbox', { name: 'Ngày sinh' });
    expect(box).toHaveAccessibleDescription('Ví dụ: 27/03/2019');
    expect(box).toHaveAttribute('inputmode', 'numeric');
    await user.type(box, '27/3/2001');
    expect(box).toHaveValue('27/3/2001');
    expect(changes.at(-1)).toBe('2001-03-27');
    await user.tab();
    expect(box).toHaveValue('27/03/2001');
  });

  it('keeps text that is not a date, so nothing typed is lost', async () => {
    const { user, changes } = renderRenderer(dateField, birth);
    const box = screen.getByRole('textbox', { name: 'Ngày sinh' });
    await user.type(box, '31/02/2001');
    await user.tab();
    expect(box).toHaveValue('31/02/2001');
    expect(changes.at(-1)).toBe('31/02/2001');
  });

  it('accepts digits only, as typed on a phone keypad', async () => {
    const { user, changes } = renderRenderer(dateField, birth);
    const box = screen.getByRole('textbox', { name: 'Ngày sinh' });
    await user.type(box, '27032001');
    await user.tab();
    expect(changes.at(-1)).toBe('2001-03-27');
    expect(box).toHaveValue('27/03/2001');
  });

  it('shows a pre-filled ISO date as dd/mm/yyyy and does not change it when locked', async () => {
    const { user, changes } = renderRenderer(dateField, birth, { value: '1990-05-02', readOnly: true });
    const box = screen.getByRole('textbox', { name: 'Ngày sinh' });
    expect(box).toHaveValue('02/05/1990');
    await user.type(box, '1');
    expect(box).toHaveValue('02/05/1990');
    expect(changes).toEqual([]);
  });
});
