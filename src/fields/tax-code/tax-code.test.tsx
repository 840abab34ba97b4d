import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { renderRenderer } from '@tests/utils/render-renderer';
import { firstIssueKey } from '../shared/first-issue';
import { taxCodeField } from '.';
import { taxCodeAnswerSchema } from './tax-code.answer';
import { checkTaxCode, isValidTaxCode, normalizeTaxCode } from './tax-code.check';
import type { TaxCodeConfig } from './tax-code.config';
import { taxCodeExamples } from './tax-code.examples';
import { taxCodeMessages } from './tax-code.messages';
import taxCodeMessagesEn from './tax-code.messages.en';
import { examplesOf } from '../examples';

const config: TaxCodeConfig = taxCodeExamples.default;
const now = new Date('2026-11-22T12:00:00+07:00');

describe('isValidTaxCode', () => {
  it.each([
    ['0100233488', true],
    ['0312687878', true],
    ['0100047516', true],
    ['0314409058', true],
    ['0100112437', true],
    ['0100233488-001', true],
    ['0100233488001', true],
    ['0100233488 - 999', true],
    ['001090012345', true],
    ['0100233480', false],
    ['0100233489', false],
    ['0100000000', false],
    ['0100233488-000', false],
    ['0100233488-01', false],
    ['010023348', false],
    ['01002334880', false],
    ['003090012345', false],
    ['01002334A8', false],
    ['', false],
  ])('%j → %s', (code, valid) => {
    expect(isValidTaxCode(code, { now })).toBe(valid);
  });

  it('rejects a base whose weighted sum is a multiple of 11 (no check digit possible)', () => {
    const unassignable = Array.from({ length: 1000 }, (_, i) => `0101${String(i).padStart(5, '0')}`).find((base) => {
      const sum = [31, 29, 23, 19, 17, 13, 7, 5, 3].reduce((total, w, i) => total + w * Number(base[i]), 0);
      return sum % 11 === 0;
    });
    expect(unassignable).toBeDefined();
    for (const digit of '0123456789') expect(isValidTaxCode(`${unassignable}${digit}`)).toBe(false);
  });

  it('refuses a 12-digit number when individuals are not allowed', () => {
    expect(checkTaxCode('001090012345', { allowIndividual12: false })).toBe('formatNo12');
  });
});

describe('tax-code answer', () => {
  it.each([
    ['a valid enterprise code', config, '0100233488', ''],
    ['empty when optional', { ...config, required: false }, '', ''],
    ['empty when required', config, '', 'fields:common.errors.required'],
    ['a wrong check digit', config, '0100233480', 'fields:tax-code.errors.checkDigit'],
    ['branch 000', config, '0100233488-000', 'fields:tax-code.errors.branchSuffix'],
    ['9 digits', config, '010023348', 'fields:tax-code.errors.format'],
    ['9 digits, organisations only', taxCodeExamples.enterpriseOnly, '010023348', 'fields:tax-code.errors.formatNo12'],
    ['an impossible personal number', config, '001990012345', 'fields:tax-code.errors.citizenId'],
  ] as const)('%s', (_case, fieldConfig: TaxCodeConfig, value, expected) => {
    expect(firstIssueKey(taxCodeAnswerSchema(fieldConfig, () => now), value)).toBe(expected);
  });
});

describe('tax-code definition', () => {
  const context = { locale: 'vi' as const, t: (key: string) => key, formatField: () => '' };

  it.each([
    ['0100233488001', '0100233488-001'],
    [' 0100233488 - 001 ', '0100233488-001'],
    ['0100233488', '0100233488'],
    ['001090012345', '001090012345'],
  ])('formats %j as %j', (answer, formatted) => {
    expect(taxCodeField.formatAnswer(answer, config, context)).toBe(formatted);
    expect(normalizeTaxCode(answer)).toBe(formatted);
  });

  it('coerces prefilled codes and refuses other text', () => {
    expect(taxCodeField.prefill?.coerce('0100233488001', config)).toBe('0100233488-001');
    expect(taxCodeField.prefill?.coerce('MST 0100233488', config)).toBeUndefined();
    expect(taxCodeField.prefill?.coerce(100233488, config)).toBeUndefined();
  });

  it('accepts its examples and has every message in both languages', () => {
    for (const example of Object.values(examplesOf(taxCodeField))) {
      expect(taxCodeField.configSchema.safeParse(example).success).toBe(true);
    }
    expect(Object.keys(taxCodeMessagesEn.errors)).toEqual(Object.keys(taxCodeMessages.errors));
    expect(i18next.t('fields:tax-code.errors.checkDigit', { label: 'Mã số thuế' })).toBe('Mã số thuế không đúng: hãy kiểm tra lại 10 chữ số đầu');
  });
});

describe('TaxCodeRenderer', () => {
  it('drops spaces and keeps the branch dash', async () => {
    const { user, changes } = renderRenderer(taxCodeField, config);
    const input = screen.getByRole('textbox', { name: 'Mã số thuế' });
    await user.type(input, '0100 233 488-001');
    expect(input).toHaveValue('0100233488-001');
    expect(changes.at(-1)).toBe('0100233488-001');
  });

  it('cannot be edited when locked', async () => {
    const { user, changes } = renderRenderer(taxCodeField, config, { value: '0100233488', readOnly: true, invalid: true });
    const input = screen.getByRole('textbox', { name: 'Mã số thuế' });
    await user.type(input, '1');
    expect(changes).toEqual([]);
    expect(input).toHaveClass('input--error');
  });
});
