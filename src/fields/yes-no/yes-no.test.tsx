import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { renderRenderer } from '@tests/utils/render-renderer';
import { firstIssueKey } from '../shared/first-issue';
import { yesNoField } from '.';
import { yesNoAnswerSchema } from './yes-no.answer';
import type { YesNoConfig } from './yes-no.config';
import { yesNoExamples } from './yes-no.examples';

const config: YesNoConfig = yesNoExamples.default;
const optional: YesNoConfig = { ...config, required: false };

describe('yes-no answer', () => {
  it.each([
    ['yes', config, true, ''],
    ['no', config, false, ''],
    ['unanswered when optional', optional, null, ''],
    ['unanswered when required', config, null, 'fields:common.errors.requiredChoice'],
    ['a string', config, 'co', 'fields:common.errors.requiredChoice'],
  ])('%s', (_case, fieldConfig, answer, expected) => {
    expect(firstIssueKey(yesNoAnswerSchema(fieldConfig), answer)).toBe(expected);
  });

  it.each([
    [true, 'vi', 'Có'],
    [false, 'vi', 'Không'],
    [false, 'en', 'No'],
    [null, 'vi', ''],
  ] as const)('shows %s in %s as %j', (answer, locale, expected) => {
    const t = (key: string) => i18next.t(key, { lng: locale });
    expect(yesNoField.formatAnswer(answer, config, { locale, t, formatField: () => '' })).toBe(expected);
  });
});

describe('yes-no renderer', () => {
  it('offers Có and Không, the first carrying the field id', async () => {
    const { user, changes } = renderRenderer(yesNoField, config);
    const group = screen.getByRole('group', { name: 'Thông tin của bạn có thay đổi không?' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Có' })).toHaveAttribute('id', 'f-coThayDoi');
    await user.click(screen.getByText('Không'));
    expect(screen.getByRole('radio', { name: 'Không' })).toBeChecked();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('radio', { name: 'Có' })).toBeChecked();
    expect(changes).toEqual([false, true]);
  });

  it('keeps a locked answer', async () => {
    const { user, changes } = renderRenderer(yesNoField, config, { value: true, readOnly: true });
    await user.click(screen.getByRole('radio', { name: 'Không' }));
    expect(screen.getByRole('radio', { name: 'Có' })).toBeChecked();
    expect(changes).toEqual([]);
  });
});
