import { screen } from '@testing-library/react';
import { renderRenderer } from '@tests/utils/render-renderer';
import { firstIssueKey } from '../shared/first-issue';
import { textareaField } from '.';
import { formatTextareaAnswer, textareaAnswerSchema } from './textarea.answer';
import type { TextareaConfig } from './textarea.config';
import { textareaExamples } from './textarea.examples';

const config: TextareaConfig = { ...textareaExamples.default, maxLength: 20 };
const optional: TextareaConfig = { ...config, required: false };

describe('textarea answer', () => {
  it.each([
    ['two lines', config, 'Mất ví\nngày 12/3', ''],
    ['Windows line breaks', config, 'Dòng 1\r\nDòng 2', ''],
    ['exactly the limit', config, 'a'.repeat(20), ''],
    ['the limit plus surrounding spaces', config, `  ${'a'.repeat(20)}  `, ''],
    ['empty when optional', optional, '', ''],
    ['empty when required', config, '', 'fields:common.errors.required'],
    ['only blank lines when required', config, '\n \n', 'fields:common.errors.required'],
    ['one character too many', config, 'a'.repeat(21), 'fields:common.errors.tooLong'],
    ['a control character', config, 'Mất\u0007 ví', 'fields:common.errors.controlCharacters'],
    ['an emoji', config, 'Mất ví 😢', 'fields:common.errors.emoji'],
  ])('%s', (_case, fieldConfig, answer, expected) => {
    expect(firstIssueKey(textareaAnswerSchema(fieldConfig), answer)).toBe(expected);
  });

  it('formats the answer with clean line breaks', () => {
    expect(formatTextareaAnswer('  Dòng 1   \r\nDòng 2\n\n')).toBe('Dòng 1\nDòng 2');
  });
});

describe('textarea renderer', () => {
  it('lets the citizen type several lines', async () => {
    const { user, changes } = renderRenderer(textareaField, textareaExamples.default);
    const box = screen.getByRole('textbox', { name: 'Nội dung đề nghị' });
    await user.type(box, 'Dòng một{Enter}Dòng hai');
    expect(box).toHaveValue('Dòng một\nDòng hai');
    expect(changes.at(-1)).toBe('Dòng một\nDòng hai');
    expect(box).toHaveAttribute('rows', '5');
  });

  it('says how many characters are left only near the limit', async () => {
    const { user } = renderRenderer(textareaField, config);
    const box = screen.getByRole('textbox', { name: 'Nội dung đề nghị' });
    await user.type(box, 'a'.repeat(15));
    expect(screen.queryByText(/ký tự/)).not.toBeInTheDocument();
    await user.type(box, 'a');
    expect(screen.getByText('Bạn còn 4 ký tự')).toBeInTheDocument();
    expect(box).toHaveAccessibleDescription('Bạn còn 4 ký tự');
    await user.type(box, 'a'.repeat(6));
    expect(screen.getByText('Bạn đã nhập quá 2 ký tự')).toBeInTheDocument();
  });

  it('does not change a locked answer', async () => {
    const { user, changes } = renderRenderer(textareaField, config, { value: 'Đã khai', readOnly: true });
    await user.type(screen.getByRole('textbox'), 'thêm');
    expect(screen.getByRole('textbox')).toHaveValue('Đã khai');
    expect(changes).toEqual([]);
  });
});
