import { render, screen, within } from '@testing-library/react';
import { renderRenderer } from '@tests/utils/render-renderer';
import type { FieldRendererProps } from '../field-definition';
import { firstIssueKey } from '../shared/first-issue';
import { selectField } from '.';
import { selectAnswerSchema } from './select.answer';
import type { SelectConfig } from './select.config';
import { selectExamples } from './select.examples';
import { fieldText } from '@tests/utils/field-text';

const nationality: SelectConfig = selectExamples.default;
const province: SelectConfig = selectExamples.province;
const context = { locale: 'vi' as const, t: String, formatField: () => '' };

describe('select answer', () => {
  it.each([
    ['an option', province, '79', ''],
    ['none when optional', { ...province, required: false }, '', ''],
    ['none when required', province, '', 'fields:common.errors.requiredChoice'],
    ['an old province code', province, '02', 'fields:select.errors.notAnOption'],
  ])('%s', (_case, config, answer, expected) => {
    expect(firstIssueKey(selectAnswerSchema(config), answer)).toBe(expected);
  });

  it('shows the option label, and pre-fills from a code or a name', () => {
    expect(selectField.formatAnswer('48', province, context)).toBe('Thành phố Đà Nẵng');
    expect(selectField.formatAnswer('48', province, { ...context, locale: 'en' })).toBe('Da Nang City');
    expect(selectField.prefill?.coerce('01', province)).toBe('01');
    expect(selectField.prefill?.coerce('Thành phố Hà Nội', province)).toBe('01');
    expect(selectField.prefill?.coerce('Hà Tây', province)).toBeUndefined();
  });
});

describe('select renderer: short list', () => {
  it('is a native drop-down starting with "Chọn…"', async () => {
    const { user, changes } = renderRenderer(selectField, nationality);
    const select = screen.getByRole('combobox', { name: 'Quốc tịch' });
    expect(select.tagName).toBe('SELECT');
    expect(within(select).getAllByRole('option')[0]).toHaveTextContent('Chọn…');
    await user.selectOptions(select, 'Lào');
    expect(select).toHaveValue('LA');
    expect(changes).toEqual(['LA']);
  });

  it('keeps a locked answer', async () => {
    const { user, changes } = renderRenderer(selectField, nationality, { value: 'VN', readOnly: true });
    const select = screen.getByRole('combobox', { name: 'Quốc tịch' });
    await user.selectOptions(select, 'Lào');
    expect(select).toHaveValue('VN');
    expect(select).toHaveAttribute('aria-readonly', 'true');
    expect(changes).toEqual([]);
  });
});

describe('select renderer: searchable list', () => {
  it('is a combobox named by the host label, with no options until opened', async () => {
    const { user } = renderRenderer(selectField, province);
    const input = screen.getByRole('combobox', { name: 'Tỉnh/thành phố' });
    expect(input).toHaveAttribute('id', 'f-tinhThanhPho');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    await user.click(input);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('listbox', { name: 'Tỉnh/thành phố' })).toBeInTheDocument();
    expect(screen.getAllByRole('option')).toHaveLength(34);
  });

  it.each([
    ['ha noi', 'Thành phố Hà Nội'],
    ['HẢI PHÒNG', 'Thành phố Hải Phòng'],
    ['dak lak', 'Tỉnh Đắk Lắk'],
    ['thanh hoa', 'Tỉnh Thanh Hoá'],
    ['minh ho chi', 'Thành phố Hồ Chí Minh'],
  ])('finds %j ignoring case and diacritics', async (typed, label) => {
    const { user } = renderRenderer(selectField, province);
    await user.type(screen.getByRole('combobox'), typed);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([label]);
  });

  it('chooses with the keyboard and shows the chosen label', async () => {
    const { user, changes } = renderRenderer(selectField, province);
    const input = screen.getByRole('combobox', { name: 'Tỉnh/thành phố' });
    await user.type(input, 'ho chi');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Thành phố Hồ Chí Minh' }).id);
    await user.keyboard('{Enter}');
    expect(changes).toEqual(['79']);
    expect(input).toHaveValue('Thành phố Hồ Chí Minh');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('chooses with a click', async () => {
    const { user, changes } = renderRenderer(selectField, province);
    await user.type(screen.getByRole('combobox'), 'can tho');
    await user.click(screen.getByRole('option', { name: 'Thành phố Cần Thơ' }));
    expect(changes).toEqual(['92']);
  });

  it('says so when nothing matches', async () => {
    const { user } = renderRenderer(selectField, province);
    await user.type(screen.getByRole('combobox'), 'Hà Tây');
    expect(screen.getByRole('status')).toHaveTextContent('Không tìm thấy kết quả phù hợp');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('clears the answer when the citizen clears the box', async () => {
    const { user, changes } = renderRenderer(selectField, province, { value: '79' });
    const input = screen.getByRole('combobox', { name: 'Tỉnh/thành phố' });
    expect(input).toHaveValue('Thành phố Hồ Chí Minh');
    await user.clear(input);
    expect(changes).toEqual(['']);
  });

  it('closes the list with Escape, and a second Escape clears the answer', async () => {
    const { user, changes } = renderRenderer(selectField, province, { value: '79' });
    const input = screen.getByRole('combobox', { name: 'Tỉnh/thành phố' });
    await user.click(input);
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(changes).toEqual([]);
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(changes).toEqual(['']);
  });

  it('puts the chosen label back when the citizen leaves without choosing', async () => {
    const { user, changes } = renderRenderer(selectField, province, { value: '79' });
    const input = screen.getByRole('combobox', { name: 'Tỉnh/thành phố' });
    await user.type(input, ' xyz');
    await user.tab();
    expect(input).toHaveValue('Thành phố Hồ Chí Minh');
    expect(changes).toEqual([]);
  });

  it('shows every option again when reopened after a choice', async () => {
    const { user } = renderRenderer(selectField, province, { value: '79' });
    await user.click(screen.getByRole('combobox'));
    expect(screen.getAllByRole('option')).toHaveLength(34);
    expect(screen.getByRole('option', { name: 'Thành phố Hồ Chí Minh' })).toHaveAttribute('aria-selected', 'true');
  });

  it('keeps a locked answer: no typing, no list', async () => {
    const { user, changes } = renderRenderer(selectField, province, { value: '01', readOnly: true });
    const input = screen.getByRole('combobox', { name: 'Tỉnh/thành phố' });
    await user.click(input);
    await user.keyboard('{ArrowDown}x{Escape}{Escape}');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(input).toHaveValue('Thành phố Hà Nội');
    expect(changes).toEqual([]);
  });

  it('shows the first 100 matches of a long list and asks to type more', async () => {
    const communes: SelectConfig = {
      ...province,
      options: Array.from({ length: 250 }, (_, i) => ({ value: `x${i}`, label: { vi: `Xã Số ${i + 1}` } })),
    };
    const { user } = renderRenderer(selectField, communes);
    await user.type(screen.getByRole('combobox'), 'xa so');
    expect(screen.getAllByRole('option')).toHaveLength(100);
    expect(screen.getByRole('status')).toHaveTextContent('Đang hiện 100 trong 250 kết quả, hãy gõ thêm để thu hẹp');
  });

  it('renders 140 closed comboboxes without a single option in the page', () => {
    const props = (index: number): FieldRendererProps<SelectConfig, string> => ({
      config: province, name: `p${index}`, value: '01', onChange: () => undefined, onBlur: () => undefined,
      inputId: `p${index}`, describedBy: undefined, invalid: false, readOnly: false,
      locale: 'vi', t: fieldText('vi'), label: 'Tỉnh', hint: undefined, renderFields: () => null,
    });
    const Renderer = selectField.Renderer;
    render(<>{Array.from({ length: 140 }, (_, index) => <Renderer key={index} {...props(index)} />)}</>);
    expect(screen.getAllByRole('combobox')).toHaveLength(140);
    expect(document.querySelectorAll('li')).toHaveLength(0);
  });
});
