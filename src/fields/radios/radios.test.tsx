import { screen } from '@testing-library/react';
import { renderRenderer } from '@tests/utils/render-renderer';
import { firstIssueKey } from '../shared/first-issue';
import { radiosField } from '.';
import { radiosAnswerSchema } from './radios.answer';
import { radiosConfigSchema, type RadiosConfig } from './radios.config';
import { radiosExamples } from './radios.examples';

const config: RadiosConfig = radiosExamples.default;
const optional: RadiosConfig = { ...config, required: false };
const context = { locale: 'vi' as const, t: String, formatField: () => '' };

describe('radios config', () => {
  it.each([
    ['one option', [{ value: 'a', label: { vi: 'A' } }]],
    ['duplicate values', [{ value: 'a', label: { vi: 'A' } }, { value: 'a', label: { vi: 'B' } }]],
  ])('rejects %s', (_case, options) => {
    expect(radiosConfigSchema.safeParse({ ...config, options }).success).toBe(false);
  });
});

describe('radios answer', () => {
  it.each([
    ['an option', config, 'buu-chinh', ''],
    ['none when optional', optional, '', ''],
    ['none when required', config, '', 'fields:common.errors.requiredChoice'],
    ['a value not offered', config, 'fax', 'fields:radios.errors.notAnOption'],
  ])('%s', (_case, fieldConfig, answer, expected) => {
    expect(firstIssueKey(radiosAnswerSchema(fieldConfig), answer)).toBe(expected);
  });

  it('shows the chosen option’s label in the reader’s language', () => {
    expect(radiosField.formatAnswer('buu-chinh', config, context)).toBe('Nhận qua dịch vụ bưu chính công ích');
    expect(radiosField.formatAnswer('buu-chinh', config, { ...context, locale: 'en' })).toBe('By public postal service');
    expect(radiosField.formatAnswer('', config, context)).toBe('');
  });

  it.each([
    ['truc-tiep', 'truc-tiep'],
    ['Nhận trực tiếp tại bộ phận một cửa', 'truc-tiep'],
    ['fax', undefined],
  ])('pre-fills %j as %j', (raw, expected) => {
    expect(radiosField.prefill?.coerce(raw, config)).toBe(expected);
  });
});

describe('radios renderer', () => {
  it('labels every radio and links option hints', async () => {
    const { user, changes } = renderRenderer(radiosField, config);
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(3);
    expect(radios[0]).toHaveAttribute('id', 'f-hinhThucNhanKetQua');
    expect(new Set(radios.map((radio) => radio.id)).size).toBe(3);
    const post = screen.getByRole('radio', { name: 'Nhận qua dịch vụ bưu chính công ích' });
    expect(post).toHaveAccessibleDescription('Người nhận trả phí chuyển phát');
    await user.click(screen.getByText('Nhận qua dịch vụ bưu chính công ích'));
    expect(post).toBeChecked();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Nhận bản điện tử trên Cổng Dịch vụ công' })).toBeChecked();
    expect(changes).toEqual(['buu-chinh', 'truc-tuyen']);
  });

  it('keeps a locked answer while staying focusable', async () => {
    const { user, changes } = renderRenderer(radiosField, config, { value: 'truc-tiep', readOnly: true });
    const first = screen.getByRole('radio', { name: 'Nhận trực tiếp tại Bộ phận Một cửa' });
    await user.click(screen.getByRole('radio', { name: 'Nhận qua dịch vụ bưu chính công ích' }));
    expect(first).toBeChecked();
    expect(changes).toEqual([]);
    expect(first).toHaveAttribute('aria-disabled', 'true');
  });
});
