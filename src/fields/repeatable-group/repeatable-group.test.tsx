import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { useState } from 'react';
import { z } from '@/lib/zod';
import type { FieldRendererProps } from '../field-definition';
import { firstIssue } from '../shared/first-issue';
import { repeatableGroupField } from '.';
import { repeatableGroupAnswerSchema } from './repeatable-group.answer';
import type { RepeatableGroupConfig, RepeatableGroupItem } from './repeatable-group.config';
import { repeatableGroupExamples } from './repeatable-group.examples';
import { repeatableGroupMessages } from './repeatable-group.messages';
import repeatableGroupMessagesEn from './repeatable-group.messages.en';
import { RepeatableGroupRenderer } from './repeatable-group.renderer';
import { fieldText } from '@tests/utils/field-text';

const members: RepeatableGroupConfig = repeatableGroupExamples.householdMembers;
const context = { fieldSchema: () => z.string().check(z.minLength(1, { error: 'child-required' })) };
const member = { hoTen: 'Nguyễn Văn A', quanHe: 'Con' };

describe('repeatable-group answer', () => {
  const optional: RepeatableGroupConfig = { ...members, required: false, minItems: 2 };
  it.each([
    ['one complete member', members, [member], undefined],
    ['three members (the maximum)', members, [member, member, member], undefined],
    ['no member when required', members, [], 'fields:repeatable-group.errors.minItems'],
    ['four members', members, [member, member, member, member], 'fields:repeatable-group.errors.maxItems'],
    ['no member when optional', optional, [], undefined],
    ['one member when optional but at least 2', optional, [member], 'fields:repeatable-group.errors.minItems'],
    ['a member with a missing child answer', members, [{ hoTen: 'A', quanHe: '' }], 'child-required'],
    ['not a list', members, 'A', 'fields:common.errors.required'],
  ])('%s', (_case, config, answer, expected) => {
    expect(firstIssue(repeatableGroupAnswerSchema(config, context), answer)?.key).toBe(expected);
  });

  it('puts child problems at [item, child] and counts in both languages', () => {
    const result = repeatableGroupAnswerSchema(members, context).safeParse([member, { hoTen: 'B', quanHe: '' }]);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path)).toEqual([[1, 'quanHe']]);
    expect(firstIssue(repeatableGroupAnswerSchema(members, context), [])?.values).toEqual({ count: 1, item: 'thành viên', itemEn: 'member' });
  });

  it('translates the count message with plurals', () => {
    const values = { count: 2, item: 'thành viên', itemEn: 'member' };
    expect(i18next.t('fields:repeatable-group.errors.minItems', values)).toBe('Cần ít nhất 2 thành viên');
    expect(i18next.t('fields:repeatable-group.errors.minItems', { ...values, lng: 'en' })).toBe('Add at least 2 entries (member)');
    expect(i18next.t('fields:repeatable-group.errors.minItems', { ...values, count: 1, lng: 'en' })).toBe('Add at least 1 member');
    expect(Object.keys(repeatableGroupMessagesEn)).toEqual(Object.keys(repeatableGroupMessages));
  });
});

describe('repeatable-group definition', () => {
  const formatContext = {
    locale: 'vi' as const,
    t: (key: string) => key,
    formatField: (_config: unknown, answer: unknown) => (typeof answer === 'string' ? answer : ''),
  };

  it('formats one numbered line per item, skipping unanswered children', () => {
    const answer = [member, { hoTen: 'Trần Thị B', quanHe: '' }];
    expect(repeatableGroupField.formatAnswer(answer, members, formatContext)).toBe('1. Nguyễn Văn A, Con\n2. Trần Thị B');
    expect(repeatableGroupField.formatAnswer([], members, formatContext)).toBe('');
  });

  it('starts with the minimum number of items', () => {
    expect(repeatableGroupField.emptyAnswer(members)).toEqual([{}]);
    expect(repeatableGroupField.emptyAnswer(repeatableGroupExamples.default)).toEqual([]);
  });

  it('checks its config', () => {
    for (const example of Object.values(repeatableGroupExamples)) {
      expect(repeatableGroupField.configSchema.safeParse(example).success).toBe(true);
    }
    expect(repeatableGroupField.configSchema.safeParse({ ...members, minItems: 4 }).success).toBe(false);
    expect(repeatableGroupField.configSchema.safeParse(repeatableGroupField.create('ds')).success).toBe(true);
  });
});

/** Stands in for the host: keys in state, each item's fields rendered as a labelled marker. */
function Harness({ config, readOnly = false }: { config: RepeatableGroupConfig; readOnly?: boolean }) {
  const [keys, setKeys] = useState<string[]>(['k0']);
  const props: FieldRendererProps<RepeatableGroupConfig, RepeatableGroupItem[]> = {
    config, name: config.id, value: [], onChange: () => undefined, onBlur: () => undefined, inputId: 'f-thanhVien',
    describedBy: undefined, invalid: false, readOnly, locale: 'vi', t: fieldText('vi'), label: 'Thành viên', hint: undefined,
    renderFields: (fields, prefix) => <p>{fields.map((field) => prefix + field.id).join(' ')}</p>,
    items: {
      keys,
      add: () => setKeys((current) => [...current, `k${current.length}-${Date.now()}`]),
      remove: (index) => setKeys((current) => current.filter((_, i) => i !== index)),
    },
  };
  return <RepeatableGroupRenderer {...props} />;
}

describe('RepeatableGroupRenderer', () => {
  it('numbers items, renders their fields under their index and announces a new item', async () => {
    const user = userEvent.setup();
    render(<Harness config={members} />);
    expect(screen.getByRole('group', { name: 'Thành viên 1' })).toHaveTextContent('thanhVien.0.hoTen thanhVien.0.quanHe');
    expect(screen.queryByRole('button', { name: 'Xoá thành viên 1' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thêm thành viên' }));
    expect(screen.getByRole('group', { name: 'Thành viên 2' })).toHaveTextContent('thanhVien.1.hoTen');
    expect(screen.getByText('Đã thêm Thành viên 2.')).toBeInTheDocument();
  });

  it('says why no more can be added at the maximum', async () => {
    const user = userEvent.setup();
    render(<Harness config={members} />);
    const add = screen.getByRole('button', { name: 'Thêm thành viên' });
    await user.click(add);
    await user.click(add);
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toHaveAccessibleDescription('Đã đủ số lượng tối đa (3). Muốn thêm, hãy xoá bớt một mục.');
    await user.click(add);
    expect(screen.getAllByRole('heading')).toHaveLength(3);
  });

  it('removes an item by its accessible button', async () => {
    const user = userEvent.setup();
    render(<Harness config={members} />);
    await user.click(screen.getByRole('button', { name: 'Thêm thành viên' }));
    await user.click(screen.getByRole('button', { name: 'Xoá thành viên 1' }));
    expect(screen.getAllByRole('heading')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Thêm thành viên' })).toHaveFocus();
  });

  it('offers no add or remove when locked', () => {
    render(<Harness config={{ ...members, minItems: 0 }} readOnly />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
