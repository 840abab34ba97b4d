import { screen } from '@testing-library/react';
import { renderRenderer } from '@tests/utils/render-renderer';
import { firstIssueKey } from '../shared/first-issue';
import { checkboxesField } from '.';
import { checkboxesAnswerSchema } from './checkboxes.answer';
import { checkboxesConfigSchema, type CheckboxesConfig } from './checkboxes.config';
import { checkboxesExamples } from './checkboxes.examples';

const documents: CheckboxesConfig = checkboxesExamples.default;
const support: CheckboxesConfig = checkboxesExamples.supportNeeds;
const atLeastTwo: CheckboxesConfig = { ...documents, minSelected: 2 };
const context = { locale: 'vi' as const, t: String, formatField: () => '' };

describe('checkboxes config', () => {
  it('rejects more required ticks than options', () => {
    expect(checkboxesConfigSchema.safeParse({ ...documents, minSelected: 4 }).success).toBe(false);
  });
  it('rejects a minimum above the maximum', () => {
    expect(checkboxesConfigSchema.safeParse({ ...documents, minSelected: 3, maxSelected: 2 }).success).toBe(false);
  });
});

describe('checkboxes answer', () => {
  it.each([
    ['one option', documents, ['giay-khai-sinh'], ''],
    ['all options', documents, ['giay-khai-sinh', 'giay-ket-hon', 'giay-uy-quyen'], ''],
    ['none when optional', support, [], ''],
    ['the maximum', support, ['xe-lan', 'phien-dich'], ''],
    ['none when required', documents, [], 'fields:common.errors.requiredChoice'],
    ['fewer than the minimum', atLeastTwo, ['giay-ket-hon'], 'fields:checkboxes.errors.minSelected'],
    ['more than the maximum', support, ['xe-lan', 'phien-dich', 'ngon-ngu-ky-hieu'], 'fields:checkboxes.errors.maxSelected'],
    ['a value not offered', documents, ['ho-chieu'], 'fields:checkboxes.errors.notAnOption'],
    ['not a list', documents, 'giay-khai-sinh', 'fields:common.errors.requiredChoice'],
  ])('%s', (_case, config, answer, expected) => {
    expect(firstIssueKey(checkboxesAnswerSchema(config), answer)).toBe(expected);
  });

  it('lists ticked options one per line, in the order offered', () => {
    expect(checkboxesField.formatAnswer(['giay-uy-quyen', 'giay-khai-sinh'], documents, context)).toBe(
      'Bản sao Giấy khai sinh\nVăn bản ủy quyền',
    );
  });

  it('pre-fills a list of codes only when every code is an option', () => {
    expect(checkboxesField.prefill?.coerce(['phien-dich', 'xe-lan'], support)).toEqual(['xe-lan', 'phien-dich']);
    expect(checkboxesField.prefill?.coerce(['xe-lan', 'ho-chieu'], support)).toBeUndefined();
  });
});

describe('checkboxes renderer', () => {
  it('ticks and unticks options, keeping the order offered', async () => {
    const { user, changes } = renderRenderer(checkboxesField, documents);
    expect(screen.getAllByRole('checkbox')[0]).toHaveAttribute('id', 'f-giayToKemTheo');
    await user.click(screen.getByRole('checkbox', { name: 'Văn bản ủy quyền' }));
    await user.click(screen.getByText('Bản sao Giấy khai sinh'));
    await user.keyboard(' ');
    expect(changes).toEqual([['giay-uy-quyen'], ['giay-khai-sinh', 'giay-uy-quyen'], ['giay-uy-quyen']]);
    expect(screen.getByRole('checkbox', { name: 'Văn bản ủy quyền' })).toHaveAccessibleDescription('Nếu nộp thay người khác');
  });

  it('keeps a locked answer', async () => {
    const { user, changes } = renderRenderer(checkboxesField, documents, { value: ['giay-khai-sinh'], readOnly: true });
    await user.click(screen.getByRole('checkbox', { name: 'Bản sao Giấy khai sinh' }));
    await user.click(screen.getByRole('checkbox', { name: 'Văn bản ủy quyền' }));
    expect(screen.getByRole('checkbox', { name: 'Bản sao Giấy khai sinh' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Văn bản ủy quyền' })).not.toBeChecked();
    expect(changes).toEqual([]);
  });
});
