import { screen } from '@testing-library/react';
import { renderRenderer } from '@tests/utils/render-renderer';
import { firstIssueKey } from '../shared/first-issue';
import { emailField } from '.';
import { emailAnswerSchema } from './email.answer';
import type { EmailConfig } from './email.config';
import { emailExamples } from './email.examples';

const config: EmailConfig = emailExamples.default;
const optional: EmailConfig = emailExamples.optional;

describe('email answer', () => {
  it.each([
    ['a common address', config, 'nguyenvana@gmail.com', ''],
    ['a government address', config, 'vanthu@hanoi.gov.vn', ''],
    ['dots and plus', config, 'le.thi.b+dvc@yahoo.com.vn', ''],
    ['spaces around it (pasted)', config, '  an@example.vn ', ''],
    ['empty when optional', optional, '', ''],
    ['empty when required', config, '', 'fields:common.errors.required'],
    ['no @', config, 'nguyenvana.gmail.com', 'fields:email.errors.invalid'],
    ['no domain ending', config, 'an@gmail', 'fields:email.errors.invalid'],
    ['a space inside', config, 'nguyen van@gmail.com', 'fields:email.errors.invalid'],
    ['two @', config, 'an@@gmail.com', 'fields:email.errors.invalid'],
    ['Vietnamese letters', config, 'nguyễn@gmail.com', 'fields:email.errors.invalid'],
    ['longer than the limit', { ...config, maxLength: 20 }, 'nguyenvana@gmail.com.vn', 'fields:common.errors.tooLong'],
  ])('%s', (_case, fieldConfig, answer, expected) => {
    expect(firstIssueKey(emailAnswerSchema(fieldConfig), answer)).toBe(expected);
  });

  it('shows the address without surrounding spaces', () => {
    expect(emailField.formatAnswer(' an@example.vn ', config, { locale: 'vi', t: String, formatField: () => '' })).toBe(
      'an@example.vn',
    );
  });
});

describe('email renderer', () => {
  it('asks for the email keyboard and autofill, without spell-checking', async () => {
    const { user, changes } = renderRenderer(emailField, config);
    const box = screen.getByRole('textbox', { name: 'Thư điện tử' });
    expect(box).toHaveAttribute('inputmode', 'email');
    expect(box).toHaveAttribute('autocomplete', 'email');
    expect(box).toHaveAttribute('spellcheck', 'false');
    await user.type(box, 'an@example.vn');
    expect(changes.at(-1)).toBe('an@example.vn');
  });

  it('does not change a locked answer', async () => {
    const { user, changes } = renderRenderer(emailField, config, { value: 'an@example.vn', readOnly: true });
    await user.type(screen.getByRole('textbox'), 'x');
    expect(screen.getByRole('textbox')).toHaveValue('an@example.vn');
    expect(changes).toEqual([]);
  });
});
