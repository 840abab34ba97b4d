import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { renderRenderer } from '@tests/utils/render-renderer';
import { parseMessage } from '@/schema/validation-message';
import { decodeCitizenId } from '../shared/citizen-id-number';
import { citizenIdField } from '.';
import { citizenIdAnswerSchema } from './citizen-id.answer';
import { citizenIdExamples } from './citizen-id.examples';
import { citizenIdMessages } from './citizen-id.messages';
import citizenIdMessagesEn from './citizen-id.messages.en';
import type { CitizenIdConfig } from './citizen-id.config';
import { examplesOf } from '../examples';

const config: CitizenIdConfig = citizenIdExamples.default;
const optional: CitizenIdConfig = { ...config, required: false };
const now = () => new Date('2026-11-22T12:00:00+07:00');
const firstIssue = (schema: ReturnType<typeof citizenIdAnswerSchema>, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? undefined : parseMessage(result.error.issues[0]?.message ?? '').key;
};

describe('decodeCitizenId', () => {
  it.each([
    ['001090012345', { provinceCode: '001', provinceName: 'Hà Nội', century: 1900, sex: 'male', birthYear: 1990 }],
    ['079303001234', { provinceCode: '079', provinceName: 'Thành phố Hồ Chí Minh', century: 2000, sex: 'female', birthYear: 2003 }],
    ['101199001234', { provinceCode: '101', countryCode: 101, century: 1900, sex: 'female', birthYear: 1999 }],
    ['080225000001', { provinceCode: '080', provinceName: 'Long An', century: 2000, sex: 'male', birthYear: 2025 }],
    ['096900000001', { provinceCode: '096', provinceName: 'Cà Mau', century: 2300, sex: 'female', birthYear: 2300 }],
    ['003090012345', { provinceCode: '003', century: 1900, sex: 'male', birthYear: 1990 }],
  ])('decodes %s', (id, expected) => {
    expect(decodeCitizenId(id)).toEqual(expected);
  });

  it.each(['', '00109001234', '0010900123456', '00109001234a'])('does not decode %j', (id) => {
    expect(decodeCitizenId(id)).toBeUndefined();
  });
});

describe('citizen-id answer', () => {
  it.each([
    ['a Hà Nội number', config, '001090012345', undefined],
    ['a number registered abroad (country 101)', config, '101199001234', undefined],
    ['the lowest country code (100)', config, '100199001234', undefined],
    ['the highest country code (295)', config, '295199001234', undefined],
    ['digit groups separated by spaces', config, '001 090 012 345', undefined],
    ['a birth year of this year', config, '001226000001', undefined],
    ['empty when optional', optional, '', undefined],
    ['empty when required', config, '', 'fields:common.errors.required'],
    ['only spaces when required', config, '   ', 'fields:common.errors.required'],
    ['11 digits', config, '00109001234', 'fields:citizen-id.errors.length'],
    ['13 digits', config, '0010900123456', 'fields:citizen-id.errors.length'],
    ['a letter', config, '00109001234a', 'fields:citizen-id.errors.notDigits'],
    ['a dash', config, '001-090-012345', 'fields:citizen-id.errors.notDigits'],
    ['an unused province code (003)', config, '003090012345', 'fields:citizen-id.errors.place'],
    ['province code 000', config, '000090012345', 'fields:citizen-id.errors.place'],
    ['a code above the countries (296)', config, '296090012345', 'fields:citizen-id.errors.place'],
    ['a birth year next year', config, '001227000001', 'fields:citizen-id.errors.futureBirthYear'],
    ['a 22nd-century digit', config, '001400000001', 'fields:citizen-id.errors.futureBirthYear'],
  ])('%s', (_case, fieldConfig, value, expected) => {
    expect(firstIssue(citizenIdAnswerSchema(fieldConfig, now), value)).toBe(expected);
  });
});

describe('citizen-id cross-check', () => {
  const checked: CitizenIdConfig = citizenIdExamples.checkedAgainstBirth;
  const check = (id: string, answers: Record<string, unknown>) => {
    const text = citizenIdField.crossCheck?.(checked, id, answers);
    return text === undefined ? undefined : parseMessage(text);
  };

  it.each([
    ['matching birth date and sex', '001090012345', { ngaySinhCon: '1990-03-12', gioiTinhCon: 'nam' }, undefined],
    ['female born in 2003', '079303001234', { ngaySinhCon: '2003-01-01', gioiTinhCon: 'nu' }, undefined],
    ['no other answers', '001090012345', {}, undefined],
    ['an unparseable date', '001090012345', { ngaySinhCon: '12/03/1991' }, undefined],
    ['a malformed number', '0010', { ngaySinhCon: '1991-03-12' }, undefined],
    ['another year', '001090012345', { ngaySinhCon: '1991-03-12' }, 'fields:citizen-id.errors.birthYearMismatch'],
    ['another century', '001090012345', { ngaySinhCon: '2090-03-12' }, 'fields:citizen-id.errors.centuryMismatch'],
    ['another sex', '001090012345', { ngaySinhCon: '1990-03-12', gioiTinhCon: 'nu' }, 'fields:citizen-id.errors.sexMismatch'],
    ['an unknown sex value', '001090012345', { gioiTinhCon: 'khac' }, undefined],
  ])('%s', (_case, id, answers, expected) => {
    expect(check(id, answers)?.key).toBe(expected);
  });

  it('names the expected digits when the year differs', () => {
    expect(check('001090012345', { ngaySinhCon: '1991-03-12' })?.values).toEqual({ year: 1991, yy: '91' });
  });

  it('uses the configured sex values', () => {
    const custom = { ...checked, sexValues: { male: 'M', female: 'F' } };
    expect(citizenIdField.crossCheck?.(custom, '001090012345', { gioiTinhCon: 'F' })).toBe('fields:citizen-id.errors.sexMismatch');
  });
});

describe('citizen-id definition', () => {
  it('formats without spaces and coerces prefilled numbers', () => {
    const context = { locale: 'vi' as const, t: (key: string) => key, formatField: () => '' };
    expect(citizenIdField.formatAnswer('001 090 012345', config, context)).toBe('001090012345');
    expect(citizenIdField.prefill?.coerce(' 001090012345 ', config)).toBe('001090012345');
    expect(citizenIdField.prefill?.coerce('12345', config)).toBeUndefined();
    expect(citizenIdField.prefill?.coerce(1090012345, config)).toBeUndefined();
  });

  it('accepts its examples and creates a valid config', () => {
    for (const example of Object.values(examplesOf(citizenIdField))) {
      expect(citizenIdField.configSchema.safeParse(example).success).toBe(true);
    }
    expect(citizenIdField.configSchema.parse(citizenIdField.create('soDinhDanh'))).toEqual(citizenIdField.create('soDinhDanh'));
  });

  it('has every message in both languages', () => {
    expect(Object.keys(citizenIdMessagesEn.errors)).toEqual(Object.keys(citizenIdMessages.errors));
    expect(i18next.t('fields:citizen-id.errors.length', { label: 'Số định danh' })).toBe('Số định danh phải gồm đúng 12 chữ số');
  });
});

describe('CitizenIdRenderer', () => {
  it('is a numeric text box that drops typed spaces', async () => {
    const { user, changes } = renderRenderer(citizenIdField, config);
    const input = screen.getByRole('textbox', { name: 'Số định danh cá nhân' });
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input).toHaveClass('input--w20');
    await user.type(input, '001 090 012 345');
    expect(input).toHaveValue('001090012345');
    expect(changes.at(-1)).toBe('001090012345');
  });

  it('marks an invalid answer', () => {
    renderRenderer(citizenIdField, config, { value: '0010', invalid: true });
    const input = screen.getByRole('textbox', { name: 'Số định danh cá nhân' });
    expect(input).toHaveClass('input--error');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('cannot be edited when locked', async () => {
    const { user, changes } = renderRenderer(citizenIdField, config, { value: '001090012345', readOnly: true });
    await user.type(screen.getByRole('textbox', { name: 'Số định danh cá nhân' }), '9');
    expect(changes).toEqual([]);
  });
});
