import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { renderRenderer } from '@tests/utils/render-renderer';
import { firstIssueKey } from '../shared/first-issue';
import { consentField } from '.';
import { consentAnswerSchema } from './consent.answer';
import type { ConsentConfig } from './consent.config';
import { consentExamples } from './consent.examples';

const declaration: ConsentConfig = consentExamples.default;
const optional: ConsentConfig = consentExamples.dataSharing;

describe('consent answer', () => {
  it.each([
    ['ticked', declaration, true, ''],
    ['not ticked when optional', optional, false, ''],
    ['not ticked when required', declaration, false, 'fields:consent.errors.required'],
    ['missing', declaration, undefined, 'fields:consent.errors.required'],
  ])('%s', (_case, config, answer, expected) => {
    expect(firstIssueKey(consentAnswerSchema(config), answer)).toBe(expected);
  });

  it.each([
    [true, 'vi', 'Đã xác nhận'],
    [true, 'en', 'Confirmed'],
    [false, 'vi', ''],
  ] as const)('shows %s in %s as %j', (answer, locale, expected) => {
    const t = (key: string) => i18next.t(key, { lng: locale });
    expect(consentField.formatAnswer(answer, declaration, { locale, t, formatField: () => '' })).toBe(expected);
  });
});

describe('consent renderer', () => {
  it('is one checkbox labelled with the statement', async () => {
    const { user, changes } = renderRenderer(consentField, declaration);
    const box = screen.getByRole('checkbox', { name: /Tôi xin cam đoan/ });
    expect(box).toHaveAttribute('id', 'f-camDoan');
    await user.click(screen.getByText(/Tôi xin cam đoan/));
    expect(box).toBeChecked();
    await user.keyboard(' ');
    expect(box).not.toBeChecked();
    expect(changes).toEqual([true, false]);
  });

  it('cannot be unticked when locked, yet stays focusable', async () => {
    const { user, changes } = renderRenderer(consentField, declaration, { value: true, readOnly: true });
    const box = screen.getByRole('checkbox');
    await user.click(box);
    expect(box).toBeChecked();
    expect(box).toHaveFocus();
    expect(box).toHaveAttribute('aria-readonly', 'true');
    expect(changes).toEqual([]);
  });
});
